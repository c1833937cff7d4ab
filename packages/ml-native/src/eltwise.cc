// Element-wise kernels on large activations (ReLU, its gradient, same-shape add and multiply): wasm
// runs these on one thread at 128-bit width, and at 48x48 they weigh as much as a convolution.
#include "common.h"
#include <omp.h>
#include <algorithm>

namespace emolab {
namespace {

// Below this many elements a parallel region costs more than it saves.
constexpr int64_t kParallelFrom = 1 << 15;

// One vectorised loop per binary op.
#define EMOLAB_ELTWISE_LOOP(expr)                                                 \
  _Pragma("omp parallel for simd schedule(static) if (n >= kParallelFrom)")     \
  for (int64_t i = 0; i < n; i++) out[i] = (expr);

struct ReluOp : Op {
  dnnl::eltwise_forward forward;
  dnnl::eltwise_backward backward;
  memory a, b, out;
};

/** ReLU and its gradient through oneDNN's JIT eltwise primitives (vectorised and threaded). */
void relu(int op, const float* a, const float* b, float* out, int64_t n) {
  auto& o = cached<ReluOp>("relu:" + std::to_string(op) + ":" + std::to_string(n), [&] {
    auto r = std::make_unique<ReluOp>();
    auto& eng = context().engine;
    memory::desc md({n}, memory::data_type::f32, memory::format_tag::x);
    dnnl::eltwise_forward::primitive_desc fwd(
        dnnl::eltwise_forward::desc(dnnl::prop_kind::forward_training, dnnl::algorithm::eltwise_relu, md, 0.f), eng);
    if (op == 0) r->forward = dnnl::eltwise_forward(fwd);
    else r->backward = dnnl::eltwise_backward(dnnl::eltwise_backward::primitive_desc(
        dnnl::eltwise_backward::desc(dnnl::algorithm::eltwise_relu, md, md, 0.f), eng, fwd));
    r->a = userMemory(md);
    r->b = userMemory(md);
    r->out = userMemory(md);
    return r;
  });
  auto& strm = context().stream;
  o.a.set_data_handle(const_cast<float*>(a));
  o.out.set_data_handle(out);
  if (op == 0) {
    o.forward.execute(strm, {{DNNL_ARG_SRC, o.a}, {DNNL_ARG_DST, o.out}});
  } else {
    o.b.set_data_handle(const_cast<float*>(b));
    o.backward.execute(strm, {{DNNL_ARG_DIFF_DST, o.a}, {DNNL_ARG_SRC, o.b}, {DNNL_ARG_DIFF_SRC, o.out}});
  }
  strm.wait();
}

}  // namespace

// eltwise(op, a, b | null, out, n): 0 relu(a), 1 reluGrad(dy = a, x = b), 2 a + b, 3 a * b, 4 a - b
napi_value Eltwise(napi_env env, napi_callback_info info) {
  CallArgs<5> args(env, info);
  return guarded(env, "eltwise", [&] {
    const int op = args.integer(0);
    const int64_t n = static_cast<int64_t>(args.number(4));
    if (n < 0 || op < 0 || op > 4) throw ArgError("bad eltwise op or size");
    const float* a = args.floats(1, n);
    const float* b = args.floats(2, n, op == 0);
    float* out = args.floats(3, n);
    if (op != 0 && !b) throw ArgError("binary eltwise op needs b");
    if (n == 0) return;
    ThreadScope threads(static_cast<double>(n) * 64);  // memory-bound: one thread below ~500k elements
    switch (op) {
      case 0:
      case 1: relu(op, a, b, out, n); break;
      case 2: EMOLAB_ELTWISE_LOOP(a[i] + b[i]) break;
      case 3: EMOLAB_ELTWISE_LOOP(a[i] * b[i]) break;
      case 4: EMOLAB_ELTWISE_LOOP(a[i] - b[i]) break;
    }
  });
}

}  // namespace emolab
