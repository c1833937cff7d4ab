// Node-API entry point of the oneDNN kernels that packages/ml registers over tfjs's wasm backend.
// The kernels read and write tensors where they live (views of the wasm heap), so no op copies data.
#include "common.h"
#include <omp.h>

namespace emolab {

ThreadContext& context() {
  thread_local std::unique_ptr<ThreadContext> ctx;
  if (!ctx) ctx = std::make_unique<ThreadContext>();
  return *ctx;
}

float* floatArg(napi_env env, napi_value* argv, size_t argc, size_t i, bool optional, size_t* length) {
  if (i >= argc) throw ArgError("missing argument " + std::to_string(i));
  napi_valuetype type;
  napi_typeof(env, argv[i], &type);
  if (optional && (type == napi_null || type == napi_undefined)) return nullptr;
  bool isTyped = false;
  napi_is_typedarray(env, argv[i], &isTyped);
  if (!isTyped) throw ArgError("argument " + std::to_string(i) + " must be a Float32Array");
  napi_typedarray_type arrayType;
  size_t count;
  void* data;
  napi_get_typedarray_info(env, argv[i], &arrayType, &count, &data, nullptr, nullptr);
  if (arrayType != napi_float32_array) throw ArgError("argument " + std::to_string(i) + " must be a Float32Array");
  if (length) *length = count;
  return static_cast<float*>(data);
}

float* floatArgOfSize(napi_env env, napi_value* argv, size_t argc, size_t i, int64_t needed, bool optional) {
  size_t length = 0;
  float* data = floatArg(env, argv, argc, i, optional, &length);
  if (data && static_cast<int64_t>(length) < needed) {
    throw ArgError("argument " + std::to_string(i) + " has " + std::to_string(length) + " floats, the shapes need " + std::to_string(needed));
  }
  return data;
}

std::vector<int64_t> dimsArg(napi_env env, napi_value* argv, size_t argc, size_t i) {
  if (i >= argc) throw ArgError("missing dims argument");
  bool isTyped = false;
  napi_is_typedarray(env, argv[i], &isTyped);
  napi_typedarray_type arrayType;
  size_t count;
  void* data;
  if (isTyped) napi_get_typedarray_info(env, argv[i], &arrayType, &count, &data, nullptr, nullptr);
  if (!isTyped || arrayType != napi_int32_array) throw ArgError("dims must be an Int32Array");
  const int32_t* values = static_cast<const int32_t*>(data);
  return std::vector<int64_t>(values, values + count);
}

int32_t intArg(napi_env env, napi_value* argv, size_t argc, size_t i) {
  int32_t value = 0;
  if (i >= argc || napi_get_value_int32(env, argv[i], &value) != napi_ok) throw ArgError("argument " + std::to_string(i) + " must be an integer");
  return value;
}

double numberArg(napi_env env, napi_value* argv, size_t argc, size_t i) {
  double value = 0;
  if (i >= argc || napi_get_value_double(env, argv[i], &value) != napi_ok) throw ArgError("argument " + std::to_string(i) + " must be a number");
  return value;
}

std::string describe(const char* name, const std::vector<int64_t>& dims) {
  std::ostringstream out;
  out << name << " [";
  for (size_t i = 0; i < dims.size(); i++) out << (i ? "," : "") << dims[i];
  out << "]";
  return out.str();
}

Dims denseStrides(const Dims& dims) {
  Dims strides(dims.size(), 1);
  for (size_t i = dims.size(); i-- > 1;) strides[i - 1] = strides[i] * dims[i];
  return strides;
}

dnnl::primitive_attr attrWithActivation(int activation, float alpha) {
  dnnl::primitive_attr attr;
  attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
  dnnl::post_ops ops;
  switch (activation) {
    case kLinear: break;
    case kRelu: ops.append_eltwise(1.f, dnnl::algorithm::eltwise_relu, 0.f, 0.f); break;
    case kRelu6: ops.append_eltwise(1.f, dnnl::algorithm::eltwise_clip, 0.f, 6.f); break;
    case kElu: ops.append_eltwise(1.f, dnnl::algorithm::eltwise_elu, 1.f, 0.f); break;
    case kSigmoid: ops.append_eltwise(1.f, dnnl::algorithm::eltwise_logistic, 0.f, 0.f); break;
    case kLeakyRelu: ops.append_eltwise(1.f, dnnl::algorithm::eltwise_relu, alpha, 0.f); break;
    default: throw ArgError("unknown activation " + std::to_string(activation));
  }
  attr.set_post_ops(ops);
  return attr;
}

static napi_value SetNumThreads(napi_env env, napi_callback_info info) {
  CallArgs<1> args(env, info);
  return guarded(env, "setNumThreads", [&] {
    int n = args.integer(0);
    if (n < 1) throw ArgError("threads must be >= 1");
    omp_set_num_threads(n);  // per calling thread: each worker_thread keeps its own team size
  });
}

static napi_value SetPrecision(napi_env env, napi_callback_info info) {
  CallArgs<1> args(env, info);
  return guarded(env, "setPrecision", [&] {
    const int bf16 = args.integer(0);
    if (bf16 && dnnl::get_effective_cpu_isa() < dnnl::cpu_isa::avx512_core_bf16) {
      throw ArgError("bf16 convolutions need a CPU with AVX512_BF16 or AMX");
    }
    context().bf16Convs = bf16 != 0;  // per calling thread, like the primitive cache
  });
}

static napi_value Info(napi_env env, napi_callback_info) {
  napi_value result, value;
  napi_create_object(env, &result);
  const dnnl_version_t* version = dnnl_version();
  std::string text = std::to_string(version->major) + "." + std::to_string(version->minor) + "." + std::to_string(version->patch);
  napi_create_string_utf8(env, text.c_str(), text.size(), &value);
  napi_set_named_property(env, result, "version", value);
  napi_create_int32(env, omp_get_max_threads(), &value);
  napi_set_named_property(env, result, "threads", value);
  const char* isa = "unknown";
  switch (dnnl::get_effective_cpu_isa()) {
    case dnnl::cpu_isa::sse41: isa = "sse41"; break;
    case dnnl::cpu_isa::avx: isa = "avx"; break;
    case dnnl::cpu_isa::avx2: isa = "avx2"; break;
    case dnnl::cpu_isa::avx512_core: isa = "avx512_core"; break;
    case dnnl::cpu_isa::avx512_core_vnni: isa = "avx512_core_vnni"; break;
    case dnnl::cpu_isa::avx512_core_bf16: isa = "avx512_core_bf16"; break;
    case dnnl::cpu_isa::avx512_core_amx: isa = "avx512_core_amx"; break;
    default: break;
  }
  napi_create_string_utf8(env, isa, NAPI_AUTO_LENGTH, &value);
  napi_set_named_property(env, result, "isa", value);
  napi_create_uint32(env, static_cast<uint32_t>(context().cache.size()), &value);
  napi_set_named_property(env, result, "cachedPrimitives", value);
  return result;
}

static napi_value Init(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {
      {"setNumThreads", nullptr, SetNumThreads, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"setPrecision", nullptr, SetPrecision, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"info", nullptr, Info, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"conv2d", nullptr, Conv2d, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"conv2dBackwardData", nullptr, Conv2dBackwardData, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"conv2dBackwardFilter", nullptr, Conv2dBackwardFilter, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"matMul", nullptr, MatMul, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"pool", nullptr, Pool, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"poolGrad", nullptr, PoolGrad, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"batchNormTraining", nullptr, BatchNormTraining, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"batchNormTrainingGrad", nullptr, BatchNormTrainingGrad, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"eltwise", nullptr, Eltwise, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"adamUpdate", nullptr, AdamUpdate, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  return exports;
}

}  // namespace emolab

NAPI_MODULE_INIT() { return emolab::Init(env, exports); }
