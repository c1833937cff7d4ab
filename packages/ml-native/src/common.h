// Shared plumbing of the oneDNN kernels: one engine and stream per JS thread (worker_threads each get
// their own), primitives cached per shape, and N-API argument helpers.
#pragma once
#include <node_api.h>
#include <oneapi/dnnl/dnnl.hpp>
#include <omp.h>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace emolab {

using dnnl::memory;
using Dims = memory::dims;

/** A cached primitive with everything one call needs besides the caller's buffers. */
struct Op {
  virtual ~Op() = default;
};

struct ThreadContext {
  dnnl::engine engine{dnnl::engine::kind::cpu, 0};
  dnnl::stream stream{engine};
  std::unordered_map<std::string, std::unique_ptr<Op>> cache;
  /** Convolutions multiply in bf16 (setPrecision); off by default. */
  bool bf16Convs = false;
};

/** The calling thread's context (created on first use). */
ThreadContext& context();

/** A cached op of type T for this key, made by `make` the first time. */
template <typename T, typename Make>
T& cached(const std::string& key, Make make) {
  auto& cache = context().cache;
  auto found = cache.find(key);
  if (found != cache.end()) return *static_cast<T*>(found->second.get());
  std::unique_ptr<T> op = make();
  T& ref = *op;
  cache.emplace(key, std::move(op));
  return ref;
}

/**
 * Runs a call on one OpenMP thread when its work is small: waking a sleeping second thread costs
 * ~100-400 us on these VMs, more than a small convolution takes (cnn-soft16 at batch 1). The same
 * work always gives the same count, so a cached primitive runs with the threads it was made for.
 */
struct ThreadScope {
  int previous;
  explicit ThreadScope(double flops) : previous(omp_get_max_threads()) {
    if (flops < kSmallFlops) omp_set_num_threads(1);
  }
  ~ThreadScope() { omp_set_num_threads(previous); }
  static constexpr double kSmallFlops = 32e6;
};

/** Thrown for bad arguments from JavaScript; becomes a TypeError. */
struct ArgError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/** Reads argument i as a float32 typed array (nullptr for null/undefined when optional). */
float* floatArg(napi_env env, napi_value* argv, size_t argc, size_t i, bool optional, size_t* length = nullptr);
/** Reads argument i as a Float32Array holding at least `needed` floats (a shorter one would be overrun). */
float* floatArgOfSize(napi_env env, napi_value* argv, size_t argc, size_t i, int64_t needed, bool optional = false);
/** Reads argument i as an Int32Array of dims. */
std::vector<int64_t> dimsArg(napi_env env, napi_value* argv, size_t argc, size_t i);
int32_t intArg(napi_env env, napi_value* argv, size_t argc, size_t i);
double numberArg(napi_env env, napi_value* argv, size_t argc, size_t i);

/** The JavaScript arguments of one call, read once, with typed accessors. */
template <size_t N>
struct CallArgs {
  napi_env env;
  size_t argc = N;
  napi_value argv[N];
  CallArgs(napi_env e, napi_callback_info info) : env(e) { napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr); }
  /** A Float32Array holding at least `needed` floats (nullptr for null when optional). */
  float* floats(size_t i, int64_t needed, bool optional = false) { return floatArgOfSize(env, argv, argc, i, needed, optional); }
  std::vector<int64_t> dims(size_t i) { return dimsArg(env, argv, argc, i); }
  int32_t integer(size_t i) { return intArg(env, argv, argc, i); }
  double number(size_t i) { return numberArg(env, argv, argc, i); }
};

/** "name [1,2,3]" for error messages and cache keys. */
std::string describe(const char* name, const std::vector<int64_t>& dims);

/** Dense row-major strides for dims. */
Dims denseStrides(const Dims& dims);

/** A plain f32 memory desc with explicit strides. */
inline memory::desc strided(const Dims& dims, const Dims& strides) {
  return memory::desc(dims, memory::data_type::f32, strides);
}

/** NHWC activations as oneDNN's logical NCHW dims. */
inline memory::desc nhwc(int64_t n, int64_t h, int64_t w, int64_t c) {
  return memory::desc({n, c, h, w}, memory::data_type::f32, memory::format_tag::nhwc);
}

/** A memory object over a caller's buffer (handle set per call). */
inline memory userMemory(const memory::desc& md) {
  return memory(md, context().engine, DNNL_MEMORY_NONE);
}

/** Fused activation codes shared with the JavaScript side. */
enum Activation { kLinear = 0, kRelu = 1, kRelu6 = 2, kElu = 3, kSigmoid = 4, kLeakyRelu = 5 };

/** Primitive attributes: user scratchpad, and the activation as an eltwise post-op. */
dnnl::primitive_attr attrWithActivation(int activation, float alpha);

/** Runs f, turning C++ and oneDNN errors into JavaScript errors that name the kernel and shapes. */
template <typename F>
napi_value guarded(napi_env env, const std::string& what, F f) {
  try {
    f();
  } catch (const ArgError& e) {
    napi_throw_type_error(env, nullptr, (what + ": " + e.what()).c_str());
  } catch (const dnnl::error& e) {
    napi_throw_error(env, "EMOLAB_DNNL", (what + ": oneDNN: " + e.what()).c_str());
  } catch (const std::exception& e) {
    napi_throw_error(env, "EMOLAB_DNNL", (what + ": " + e.what()).c_str());
  }
  return nullptr;
}

napi_value Conv2d(napi_env env, napi_callback_info info);
napi_value Conv2dBackwardData(napi_env env, napi_callback_info info);
napi_value Conv2dBackwardFilter(napi_env env, napi_callback_info info);
napi_value MatMul(napi_env env, napi_callback_info info);
napi_value Pool(napi_env env, napi_callback_info info);
napi_value PoolGrad(napi_env env, napi_callback_info info);
napi_value BatchNormTraining(napi_env env, napi_callback_info info);
napi_value BatchNormTrainingGrad(napi_env env, napi_callback_info info);
napi_value Eltwise(napi_env env, napi_callback_info info);
napi_value AdamUpdate(napi_env env, napi_callback_info info);

}  // namespace emolab
