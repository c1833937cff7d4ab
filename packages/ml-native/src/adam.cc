// Adam's update for one variable in one pass, in double and rounded once when stored (the same
// arithmetic as packages/ml's wasm kernel, so both paths give the same weights).
#include "common.h"
#include <cmath>
#include <omp.h>

namespace emolab {

// adamUpdate(value, m, v, gradient, newValue, newM, newV, n, beta1, beta2, epsilon, learningRate, oneMinusAccBeta1, oneMinusAccBeta2)
napi_value AdamUpdate(napi_env env, napi_callback_info info) {
  CallArgs<14> args(env, info);
  return guarded(env, "adamUpdate", [&] {
    const int64_t n = static_cast<int64_t>(args.number(7));
    if (n < 0) throw ArgError("n must be >= 0");
    float* p[7];
    for (size_t i = 0; i < 7; i++) p[i] = args.floats(i, n);
    double h[6];
    for (size_t i = 0; i < 6; i++) h[i] = args.number(8 + i);
    const double beta1 = h[0], beta2 = h[1], epsilon = h[2];
    const double rate = -h[3] / h[4], unbias2 = 1.0 / h[5], keep1 = 1 - beta1, keep2 = 1 - beta2;
    const float *x = p[0], *m = p[1], *v = p[2], *g = p[3];
    float *newX = p[4], *newM = p[5], *newV = p[6];
#pragma omp parallel for simd schedule(static) if (n >= 65536)
    for (int64_t i = 0; i < n; i++) {
      const double gi = g[i];
      const double mi = m[i] * beta1 + gi * keep1;
      const double vi = v[i] * beta2 + gi * gi * keep2;
      newM[i] = static_cast<float>(mi);
      newV[i] = static_cast<float>(vi);
      newX[i] = static_cast<float>(x[i] + rate * mi / (std::sqrt(vi * unbias2) + epsilon));
    }
  });
}

}  // namespace emolab
