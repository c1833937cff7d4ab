// Convolutions (regular and depthwise, forward with bias and activation, and both gradients) on
// tfjs's layouts: NHWC activations, HWIO filters ([kh, kw, c, multiplier] for depthwise).
#include "common.h"

namespace emolab {
namespace {

using dnnl::algorithm;
using dnnl::prop_kind;


/** The geometry tfjs's computeConv2DInfo gives, as the JavaScript side packs it. */
struct ConvShape {
  int64_t n, ih, iw, ic, oh, ow, oc, kh, kw, sh, sw, dh, dw, pt, pl;
  bool depthwise;
  /** Multiply in bf16 (inputs rounded, f32 accumulation and outputs): AMX/AVX512_BF16, opt-in. */
  bool bf16;
  std::vector<int64_t> raw;

  explicit ConvShape(const std::vector<int64_t>& d) : bf16(context().bf16Convs), raw(d) {
    if (d.size() != 16) throw ArgError("conv dims need 16 entries");
    n = d[0]; ih = d[1]; iw = d[2]; ic = d[3]; oh = d[4]; ow = d[5]; oc = d[6]; kh = d[7]; kw = d[8];
    sh = d[9]; sw = d[10]; dh = d[11]; dw = d[12]; pt = d[13]; pl = d[14]; depthwise = d[15] != 0;
    for (size_t i = 0; i < 13; i++) if (d[i] < 1) throw ArgError(describe("conv dims must be positive", d));
    if (pt < 0 || pl < 0) throw ArgError(describe("conv padding must be >= 0", d));
    if (depthwise && oc % ic != 0) throw ArgError("depthwise output channels must be a multiple of input channels");
  }
  int64_t srcSize() const { return n * ih * iw * ic; }
  int64_t dstSize() const { return n * oh * ow * oc; }
  int64_t weightsSize() const { return kh * kw * (depthwise ? oc : ic * oc); }
  double flops() const { return 2.0 * n * oh * ow * oc * kh * kw * (depthwise ? 1 : ic); }
  Dims strides() const { return {sh, sw}; }
  Dims dilations() const { return {dh - 1, dw - 1}; }  // oneDNN counts dilation from 0
  Dims padL() const { return {pt, pl}; }
  // Right/bottom padding that makes oneDNN's output size equal tfjs's (may be negative for 'valid'
  // convolutions whose last input rows no window reaches).
  Dims padR() const {
    return {(oh - 1) * sh + (kh - 1) * dh + 1 - ih - pt, (ow - 1) * sw + (kw - 1) * dw + 1 - iw - pl};
  }
  memory::desc src() const { return nhwc(n, ih, iw, ic); }
  memory::desc dst() const { return nhwc(n, oh, ow, oc); }
  memory::data_type low() const { return bf16 ? memory::data_type::bf16 : memory::data_type::f32; }
  memory::desc srcLow() const { return memory::desc({n, ic, ih, iw}, low(), memory::format_tag::nhwc); }
  memory::desc dstLow() const { return memory::desc({n, oc, oh, ow}, low(), memory::format_tag::nhwc); }
  /** The filter as tfjs stores it, described with explicit strides. */
  memory::desc userWeights() const {
    if (!depthwise) return strided({oc, ic, kh, kw}, {1, oc, kw * ic * oc, ic * oc});
    const int64_t m = oc / ic;
    return strided({ic, m, 1, kh, kw}, {m, 1, oc, kw * oc, oc});
  }
  memory::desc anyWeights(memory::data_type type) const {
    Dims dims = depthwise ? Dims{ic, oc / ic, 1, kh, kw} : Dims{oc, ic, kh, kw};
    return memory::desc(dims, type, memory::format_tag::any);
  }
  /** Forward: src and weights in the working precision, dst f32 (or `dstLow` for a backward hint). */
  dnnl::convolution_forward::primitive_desc forward(bool bias, const dnnl::primitive_attr& attr, bool lowDst = false) const {
    memory::desc biasMd = bias ? memory::desc({oc}, memory::data_type::f32, memory::format_tag::x) : memory::desc();
    dnnl::convolution_forward::desc desc(prop_kind::forward_training, algorithm::convolution_direct, srcLow(), anyWeights(low()),
                                         biasMd, lowDst ? dstLow() : dst(), strides(), dilations(), padL(), padR());
    return dnnl::convolution_forward::primitive_desc(desc, attr, context().engine);
  }
};

dnnl::primitive_attr userScratchpad() {
  dnnl::primitive_attr attr;
  attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
  return attr;
}

/** A caller's f32 buffer and, where the primitive wants another layout or bf16, its reordered copy. */
struct Staged {
  memory user, inner;
  dnnl::reorder reorder;
  bool needsReorder = false;
  void init(const memory::desc& userMd, const memory::desc& innerMd, bool toInner) {
    user = userMemory(userMd);
    needsReorder = userMd != innerMd;
    if (!needsReorder) return;
    inner = memory(innerMd, context().engine);
    reorder = toInner ? dnnl::reorder(user, inner) : dnnl::reorder(inner, user);
  }
  memory& forPrimitive() { return needsReorder ? inner : user; }
  /** Points the user memory at the caller's buffer and refreshes the inner copy. */
  void stage(dnnl::stream& strm, float* data) {
    user.set_data_handle(data);
    if (needsReorder) reorder.execute(strm, user, inner);
  }
};

struct ConvForwardOp : Op {
  dnnl::convolution_forward prim;
  memory bias, dst, scratch;
  Staged src;
  Staged weights;
  bool hasBias = false;
};

struct ConvBackwardDataOp : Op {
  dnnl::convolution_backward_data prim;
  memory diffSrc, scratch;
  Staged diffDst;
  Staged weights;
};

struct ConvBackwardFilterOp : Op {
  dnnl::convolution_backward_weights prim;
  memory scratch;
  Staged src, diffDst;
  Staged diffWeights;
};

/** The cache key: the call's description (kernel and dims, already made for errors), precision and extras. */
std::string keyOf(const std::string& what, const ConvShape& s, int extra1 = 0, float extra2 = 0) {
  std::string key = what + (s.bf16 ? ":bf16" : ":f32");
  return key + ":" + std::to_string(extra1) + ":" + std::to_string(extra2);
}

}  // namespace

// conv2d(x, filter, bias | null, y, dims, activation, alpha)
napi_value Conv2d(napi_env env, napi_callback_info info) {
  CallArgs<7> args(env, info);
  std::string what = "conv2d";
  return guarded(env, what, [&] {
    ConvShape s(args.dims(4));
    what = describe("conv2d", s.raw);
    ThreadScope threads(s.flops());
    float* x = args.floats(0, s.srcSize());
    float* w = args.floats(1, s.weightsSize());
    float* b = args.floats(2, s.oc, true);
    float* y = args.floats(3, s.dstSize());
    int activation = args.integer(5);
    float alpha = static_cast<float>(args.number(6));
    auto& op = cached<ConvForwardOp>(keyOf(what, s, activation * 2 + (b ? 1 : 0), alpha), [&] {
      auto op = std::make_unique<ConvForwardOp>();
      auto pd = s.forward(b != nullptr, attrWithActivation(activation, alpha));
      op->prim = dnnl::convolution_forward(pd);
      op->src.init(s.src(), pd.src_desc(), true);
      op->dst = userMemory(s.dst());
      op->hasBias = b != nullptr;
      if (op->hasBias) op->bias = userMemory(pd.bias_desc());
      op->weights.init(s.userWeights(), pd.weights_desc(), true);
      op->scratch = memory(pd.scratchpad_desc(), context().engine);
      return op;
    });
    auto& strm = context().stream;
    op.src.stage(strm, x);
    op.dst.set_data_handle(y);
    op.weights.stage(strm, w);
    std::unordered_map<int, memory> args{{DNNL_ARG_SRC, op.src.forPrimitive()}, {DNNL_ARG_WEIGHTS, op.weights.forPrimitive()},
                                         {DNNL_ARG_DST, op.dst}, {DNNL_ARG_SCRATCHPAD, op.scratch}};
    if (op.hasBias) {
      op.bias.set_data_handle(b);
      args[DNNL_ARG_BIAS] = op.bias;
    }
    op.prim.execute(strm, args);
    strm.wait();
  });
}

// conv2dBackwardData(dy, filter, dx, dims)
napi_value Conv2dBackwardData(napi_env env, napi_callback_info info) {
  CallArgs<4> args(env, info);
  std::string what = "conv2dBackwardData";
  return guarded(env, what, [&] {
    ConvShape s(args.dims(3));
    what = describe("conv2dBackwardData", s.raw);
    ThreadScope threads(s.flops());
    float* dy = args.floats(0, s.dstSize());
    float* w = args.floats(1, s.weightsSize());
    float* dx = args.floats(2, s.srcSize());
    auto& op = cached<ConvBackwardDataOp>(keyOf(what, s), [&] {
      auto op = std::make_unique<ConvBackwardDataOp>();
      auto hint = s.forward(false, userScratchpad(), true);
      dnnl::convolution_backward_data::desc desc(algorithm::convolution_direct, s.src(), s.anyWeights(s.low()), s.dstLow(),
                                                 s.strides(), s.dilations(), s.padL(), s.padR());
      dnnl::convolution_backward_data::primitive_desc pd(desc, userScratchpad(), context().engine, hint);
      op->prim = dnnl::convolution_backward_data(pd);
      op->diffDst.init(s.dst(), pd.diff_dst_desc(), true);
      op->diffSrc = userMemory(s.src());
      op->weights.init(s.userWeights(), pd.weights_desc(), true);
      op->scratch = memory(pd.scratchpad_desc(), context().engine);
      return op;
    });
    auto& strm = context().stream;
    op.diffDst.stage(strm, dy);
    op.diffSrc.set_data_handle(dx);
    op.weights.stage(strm, w);
    op.prim.execute(strm, {{DNNL_ARG_DIFF_DST, op.diffDst.forPrimitive()}, {DNNL_ARG_WEIGHTS, op.weights.forPrimitive()},
                           {DNNL_ARG_DIFF_SRC, op.diffSrc}, {DNNL_ARG_SCRATCHPAD, op.scratch}});
    strm.wait();
  });
}

// conv2dBackwardFilter(x, dy, dw, dims)
napi_value Conv2dBackwardFilter(napi_env env, napi_callback_info info) {
  CallArgs<4> args(env, info);
  std::string what = "conv2dBackwardFilter";
  return guarded(env, what, [&] {
    ConvShape s(args.dims(3));
    what = describe("conv2dBackwardFilter", s.raw);
    ThreadScope threads(s.flops());
    float* x = args.floats(0, s.srcSize());
    float* dy = args.floats(1, s.dstSize());
    float* dw = args.floats(2, s.weightsSize());
    auto& op = cached<ConvBackwardFilterOp>(keyOf(what, s), [&] {
      auto op = std::make_unique<ConvBackwardFilterOp>();
      auto hint = s.forward(false, userScratchpad(), true);
      dnnl::convolution_backward_weights::desc desc(algorithm::convolution_direct, s.srcLow(), s.anyWeights(memory::data_type::f32), s.dstLow(),
                                                    s.strides(), s.dilations(), s.padL(), s.padR());
      dnnl::convolution_backward_weights::primitive_desc pd(desc, userScratchpad(), context().engine, hint);
      op->prim = dnnl::convolution_backward_weights(pd);
      op->src.init(s.src(), pd.src_desc(), true);
      op->diffDst.init(s.dst(), pd.diff_dst_desc(), true);
      op->diffWeights.init(s.userWeights(), pd.diff_weights_desc(), false);
      op->scratch = memory(pd.scratchpad_desc(), context().engine);
      return op;
    });
    auto& strm = context().stream;
    op.src.stage(strm, x);
    op.diffDst.stage(strm, dy);
    op.diffWeights.user.set_data_handle(dw);
    op.prim.execute(strm, {{DNNL_ARG_SRC, op.src.forPrimitive()}, {DNNL_ARG_DIFF_DST, op.diffDst.forPrimitive()},
                           {DNNL_ARG_DIFF_WEIGHTS, op.diffWeights.forPrimitive()}, {DNNL_ARG_SCRATCHPAD, op.scratch}});
    if (op.diffWeights.needsReorder) op.diffWeights.reorder.execute(strm, op.diffWeights.inner, op.diffWeights.user);
    strm.wait();
  });
}

}  // namespace emolab
