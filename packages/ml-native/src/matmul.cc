// Batched matrix products with tfjs's transpose flags, bias and fused activation (BatchMatMul,
// _FusedMatMul), on oneDNN's matmul primitive.
#include "common.h"

namespace emolab {
namespace {

struct MatMulOp : Op {
  dnnl::matmul prim;
  memory a, b, bias, c, scratch;
  bool hasBias = false;
};

}  // namespace

// matMul(a, b, bias | null, c, dims [batchA, batchB, m, k, n, transposeA, transposeB], activation, alpha)
napi_value MatMul(napi_env env, napi_callback_info info) {
  CallArgs<7> args(env, info);
  std::string what = "matMul";
  return guarded(env, what, [&] {
    std::vector<int64_t> d = args.dims(4);
    what = describe("matMul", d);
    if (d.size() != 7) throw ArgError("matMul dims need 7 entries");
    const int64_t batchA = d[0], batchB = d[1], m = d[2], k = d[3], n = d[4];
    const bool transA = d[5] != 0, transB = d[6] != 0;
    if (batchA < 1 || batchB < 1 || m < 1 || k < 1 || n < 1) throw ArgError("matMul dims must be positive");
    if (batchA != batchB && batchA != 1 && batchB != 1) throw ArgError("matMul batches must match or be 1");
    ThreadScope threads(2.0 * std::max(batchA, batchB) * m * k * n);
    float* a = args.floats(0, batchA * m * k);
    float* b = args.floats(1, batchB * k * n);
    float* bias = args.floats(2, n, true);
    float* c = args.floats(3, std::max(batchA, batchB) * m * n);
    int activation = args.integer(5);
    float alpha = static_cast<float>(args.number(6));
    std::string key = what + ":" + std::to_string(activation * 2 + (bias ? 1 : 0)) + ":" + std::to_string(alpha);
    auto& op = cached<MatMulOp>(key, [&] {
      auto op = std::make_unique<MatMulOp>();
      const int64_t batch = std::max(batchA, batchB);
      memory::desc aMd = strided({batchA, m, k}, transA ? Dims{m * k, 1, m} : Dims{m * k, k, 1});
      memory::desc bMd = strided({batchB, k, n}, transB ? Dims{k * n, 1, k} : Dims{k * n, n, 1});
      memory::desc cMd = strided({batch, m, n}, {m * n, n, 1});
      auto attr = attrWithActivation(activation, alpha);
      op->hasBias = bias != nullptr;
      dnnl::matmul::desc desc = op->hasBias ? dnnl::matmul::desc(aMd, bMd, strided({1, 1, n}, {n, n, 1}), cMd)
                                            : dnnl::matmul::desc(aMd, bMd, cMd);
      dnnl::matmul::primitive_desc pd(desc, attr, context().engine);
      op->prim = dnnl::matmul(pd);
      op->a = userMemory(aMd);
      op->b = userMemory(bMd);
      op->c = userMemory(cMd);
      if (op->hasBias) op->bias = userMemory(strided({1, 1, n}, {n, n, 1}));
      op->scratch = memory(pd.scratchpad_desc(), context().engine);
      return op;
    });
    op.a.set_data_handle(a);
    op.b.set_data_handle(b);
    op.c.set_data_handle(c);
    std::unordered_map<int, memory> args{{DNNL_ARG_SRC, op.a}, {DNNL_ARG_WEIGHTS, op.b}, {DNNL_ARG_DST, op.c},
                                         {DNNL_ARG_SCRATCHPAD, op.scratch}};
    if (op.hasBias) {
      op.bias.set_data_handle(bias);
      args[DNNL_ARG_BIAS] = op.bias;
    }
    auto& strm = context().stream;
    op.prim.execute(strm, args);
    strm.wait();
  });
}

}  // namespace emolab
