// Max and average pooling on NHWC tensors and their gradients. tfjs's MaxPoolGrad passes x, y and
// dy but no argmax, so the gradient reruns the forward pass for oneDNN's workspace.
#include "common.h"

namespace emolab {
namespace {

using dnnl::algorithm;
using dnnl::prop_kind;

struct PoolShape {
  int64_t n, ih, iw, c, oh, ow, kh, kw, sh, sw, pt, pl;
  algorithm alg;
  std::vector<int64_t> raw;
  explicit PoolShape(const std::vector<int64_t>& d) : raw(d) {
    if (d.size() != 13) throw ArgError("pool dims need 13 entries");
    n = d[0]; ih = d[1]; iw = d[2]; c = d[3]; oh = d[4]; ow = d[5]; kh = d[6]; kw = d[7];
    sh = d[8]; sw = d[9]; pt = d[10]; pl = d[11];
    for (size_t i = 0; i < 10; i++) if (d[i] < 1) throw ArgError(describe("pool dims must be positive", d));
    // TensorFlow's average pool divides by the window's cells inside the image.
    if (pt < 0 || pl < 0) throw ArgError(describe("pool padding must be >= 0", d));
    alg = d[12] == 0 ? algorithm::pooling_max : algorithm::pooling_avg_exclude_padding;
  }
  int64_t srcSize() const { return n * ih * iw * c; }
  int64_t dstSize() const { return n * oh * ow * c; }
  Dims padR() const { return {(oh - 1) * sh + kh - ih - pt, (ow - 1) * sw + kw - iw - pl}; }
  dnnl::pooling_forward::primitive_desc forward(prop_kind prop, algorithm which) const {
    dnnl::pooling_forward::desc desc(prop, which, nhwc(n, ih, iw, c), nhwc(n, oh, ow, c), {sh, sw}, {kh, kw}, {pt, pl}, padR());
    dnnl::primitive_attr attr;
    attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
    return dnnl::pooling_forward::primitive_desc(desc, attr, context().engine);
  }
};

struct PoolOp : Op {
  dnnl::pooling_forward prim;
  memory src, dst, scratch;
};

struct PoolGradOp : Op {
  dnnl::pooling_forward forward;
  dnnl::pooling_backward backward;
  memory src, dst, workspace, diffDst, diffSrc, forwardScratch, scratch;
  bool max = false;
};

}  // namespace

// pool(x, y, dims [n, ih, iw, c, oh, ow, kh, kw, sh, sw, pt, pl, avg])
napi_value Pool(napi_env env, napi_callback_info info) {
  CallArgs<3> args(env, info);
  std::string what = "pool";
  return guarded(env, what, [&] {
    PoolShape s(args.dims(2));
    what = describe("pool", s.raw);
    ThreadScope threads(static_cast<double>(s.dstSize()) * s.kh * s.kw);
    float* x = args.floats(0, s.srcSize());
    float* y = args.floats(1, s.dstSize());
    auto& op = cached<PoolOp>(what, [&] {
      auto op = std::make_unique<PoolOp>();
      auto pd = s.forward(prop_kind::forward_inference, s.alg);
      op->prim = dnnl::pooling_forward(pd);
      op->src = userMemory(pd.src_desc());
      op->dst = userMemory(pd.dst_desc());
      op->scratch = memory(pd.scratchpad_desc(), context().engine);
      return op;
    });
    op.src.set_data_handle(x);
    op.dst.set_data_handle(y);
    auto& strm = context().stream;
    op.prim.execute(strm, {{DNNL_ARG_SRC, op.src}, {DNNL_ARG_DST, op.dst}, {DNNL_ARG_SCRATCHPAD, op.scratch}});
    strm.wait();
  });
}

// poolGrad(dy, x | null, dx, dims): x is needed for max pooling only
napi_value PoolGrad(napi_env env, napi_callback_info info) {
  CallArgs<4> args(env, info);
  std::string what = "poolGrad";
  return guarded(env, what, [&] {
    PoolShape s(args.dims(3));
    what = describe("poolGrad", s.raw);
    ThreadScope threads(2.0 * s.dstSize() * s.kh * s.kw);
    float* dy = args.floats(0, s.dstSize());
    float* x = args.floats(1, s.srcSize(), true);
    float* dx = args.floats(2, s.srcSize());
    const bool max = s.alg == algorithm::pooling_max;
    if (max && !x) throw ArgError("max pooling gradient needs x");
    auto& op = cached<PoolGradOp>(what, [&] {
      auto op = std::make_unique<PoolGradOp>();
      auto& eng = context().engine;
      // tfjs's AvgPoolGrad divides by the whole window, padding included (its forward pass does not);
      // the gradient matches tfjs's so native and wasm training agree.
      const algorithm backwardAlg = max ? algorithm::pooling_max : algorithm::pooling_avg_include_padding;
      auto forwardPd = s.forward(prop_kind::forward_training, backwardAlg);
      dnnl::pooling_backward::desc desc(backwardAlg, nhwc(s.n, s.ih, s.iw, s.c), nhwc(s.n, s.oh, s.ow, s.c), {s.sh, s.sw},
                                        {s.kh, s.kw}, {s.pt, s.pl}, s.padR());
      dnnl::primitive_attr attr;
      attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
      dnnl::pooling_backward::primitive_desc pd(desc, attr, eng, forwardPd);
      op->max = max;
      if (max) {
        op->forward = dnnl::pooling_forward(forwardPd);
        op->src = userMemory(forwardPd.src_desc());
        op->dst = memory(forwardPd.dst_desc(), eng);
        op->workspace = memory(forwardPd.workspace_desc(), eng);
        op->forwardScratch = memory(forwardPd.scratchpad_desc(), eng);
      }
      op->backward = dnnl::pooling_backward(pd);
      op->diffDst = userMemory(pd.diff_dst_desc());
      op->diffSrc = userMemory(pd.diff_src_desc());
      op->scratch = memory(pd.scratchpad_desc(), eng);
      return op;
    });
    auto& strm = context().stream;
    std::unordered_map<int, memory> args{{DNNL_ARG_DIFF_DST, op.diffDst}, {DNNL_ARG_DIFF_SRC, op.diffSrc},
                                         {DNNL_ARG_SCRATCHPAD, op.scratch}};
    op.diffDst.set_data_handle(dy);
    op.diffSrc.set_data_handle(dx);
    if (op.max) {
      op.src.set_data_handle(x);
      op.forward.execute(strm, {{DNNL_ARG_SRC, op.src}, {DNNL_ARG_DST, op.dst}, {DNNL_ARG_WORKSPACE, op.workspace},
                                {DNNL_ARG_SCRATCHPAD, op.forwardScratch}});
      args[DNNL_ARG_WORKSPACE] = op.workspace;
    }
    op.backward.execute(strm, args);
    strm.wait();
  });
}

}  // namespace emolab
