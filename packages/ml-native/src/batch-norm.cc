// Training-mode batch norm over channels-last tensors and its whole gradient (including the paths
// through the batch statistics, which oneDNN's batch_normalization backward does not take), written
// with OpenMP because no oneDNN primitive computes this gradient.
#include "common.h"
#include <omp.h>
#include <cmath>

namespace emolab {
namespace {

constexpr int64_t kBlockRows = 32;

/** Per-channel sums of f(i) over rows, each thread summing its own rows in float per block, then double. */
template <typename F>
void channelSums(int64_t rows, int64_t channels, std::vector<double>& a, std::vector<double>& b, F f) {
  a.assign(channels, 0.0);
  b.assign(channels, 0.0);
#pragma omp parallel
  {
    std::vector<double> la(channels, 0.0), lb(channels, 0.0);
    std::vector<float> ba(channels), bb(channels);
    const int64_t blocks = (rows + kBlockRows - 1) / kBlockRows;
#pragma omp for schedule(static)
    for (int64_t block = 0; block < blocks; block++) {
      std::fill(ba.begin(), ba.end(), 0.f);
      std::fill(bb.begin(), bb.end(), 0.f);
      const int64_t end = std::min(rows, (block + 1) * kBlockRows);
      for (int64_t r = block * kBlockRows; r < end; r++) f(r * channels, ba.data(), bb.data());
      for (int64_t c = 0; c < channels; c++) { la[c] += ba[c]; lb[c] += bb[c]; }
    }
#pragma omp critical
    for (int64_t c = 0; c < channels; c++) { a[c] += la[c]; b[c] += lb[c]; }
  }
}

struct BnArgs {
  int64_t rows, channels;
  double eps;
};

template <size_t N>
BnArgs bnArgs(CallArgs<N>& args, size_t first) {
  BnArgs shape{args.integer(first), args.integer(first + 1), args.number(first + 2)};
  if (shape.rows < 1 || shape.channels < 1) throw ArgError("rows and channels must be positive");
  return shape;
}

}  // namespace

// batchNormTraining(x, scale, offset, y, mean, variance, rows, channels, epsilon)
napi_value BatchNormTraining(napi_env env, napi_callback_info info) {
  CallArgs<9> args(env, info);
  return guarded(env, "batchNormTraining", [&] {
    const BnArgs s = bnArgs(args, 6);
    float* ptr[6];
    const int64_t sizes[6] = {s.rows * s.channels, s.channels, s.channels, s.rows * s.channels, s.channels, s.channels};
    for (size_t i = 0; i < 6; i++) ptr[i] = args.floats(i, sizes[i]);
    const float *x = ptr[0], *scale = ptr[1], *offset = ptr[2];
    float *y = ptr[3], *meanOut = ptr[4], *varianceOut = ptr[5];
    const int64_t channels = s.channels;
    std::vector<double> sum, squares;
    channelSums(s.rows, channels, sum, squares, [&](int64_t at, float* a, float* b) {
      const float* row = x + at;
#pragma omp simd
      for (int64_t c = 0; c < channels; c++) { a[c] += row[c]; b[c] += row[c] * row[c]; }
    });
    std::vector<float> ka(channels), kb(channels);
    for (int64_t c = 0; c < channels; c++) {
      const double mean = sum[c] / s.rows;
      const double variance = std::max(0.0, squares[c] / s.rows - mean * mean);
      const double a = scale[c] / std::sqrt(variance + s.eps);
      ka[c] = static_cast<float>(a);
      kb[c] = static_cast<float>(offset[c] - mean * a);
      meanOut[c] = static_cast<float>(mean);
      varianceOut[c] = static_cast<float>(variance);
    }
#pragma omp parallel for schedule(static)
    for (int64_t r = 0; r < s.rows; r++) {
      const float* in = x + r * channels;
      float* out = y + r * channels;
#pragma omp simd
      for (int64_t c = 0; c < channels; c++) out[c] = ka[c] * in[c] + kb[c];
    }
  });
}

// batchNormTrainingGrad(dy, dMean, dVariance, x, mean, variance, scale, dx, dScale, dOffset, rows, channels, epsilon)
napi_value BatchNormTrainingGrad(napi_env env, napi_callback_info info) {
  CallArgs<13> args(env, info);
  return guarded(env, "batchNormTrainingGrad", [&] {
    const BnArgs s = bnArgs(args, 10);
    float* ptr[10];
    const int64_t full = s.rows * s.channels;
    const int64_t sizes[10] = {full, s.channels, s.channels, full, s.channels, s.channels, s.channels, full, s.channels, s.channels};
    for (size_t i = 0; i < 10; i++) ptr[i] = args.floats(i, sizes[i]);
    const float *dy = ptr[0], *dMean = ptr[1], *dVariance = ptr[2], *x = ptr[3], *mean = ptr[4], *variance = ptr[5],
                *scale = ptr[6];
    float *dx = ptr[7], *dScale = ptr[8], *dOffset = ptr[9];
    const int64_t channels = s.channels;
    std::vector<double> sumDy, sumDyCentered;
    channelSums(s.rows, channels, sumDy, sumDyCentered, [&](int64_t at, float* a, float* b) {
      const float* g = dy + at;
      const float* in = x + at;
#pragma omp simd
      for (int64_t c = 0; c < channels; c++) { a[c] += g[c]; b[c] += g[c] * (in[c] - mean[c]); }
    });
    std::vector<float> k1(channels), k2(channels), k3(channels);
    for (int64_t c = 0; c < channels; c++) {
      const double inverseStd = 1.0 / std::sqrt(variance[c] + s.eps);
      const double a = scale[c] * inverseStd;
      // d(loss)/d(variance) and d(loss)/d(mean), summed over the normalisation and the statistic outputs.
      const double dVar = -0.5 * a * inverseStd * inverseStd * sumDyCentered[c] + dVariance[c];
      const double dMu = -a * sumDy[c] + dMean[c];
      k1[c] = static_cast<float>(a);
      k2[c] = static_cast<float>(2 * dVar / s.rows);
      k3[c] = static_cast<float>(dMu / s.rows - 2 * dVar * mean[c] / s.rows);
      dScale[c] = static_cast<float>(sumDyCentered[c] * inverseStd);
      dOffset[c] = static_cast<float>(sumDy[c]);
    }
#pragma omp parallel for schedule(static)
    for (int64_t r = 0; r < s.rows; r++) {
      const float* g = dy + r * channels;
      const float* in = x + r * channels;
      float* out = dx + r * channels;
#pragma omp simd
      for (int64_t c = 0; c < channels; c++) out[c] = k1[c] * g[c] + k2[c] * in[c] + k3[c];
    }
  });
}

}  // namespace emolab
