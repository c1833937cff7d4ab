import * as tf from '@tensorflow/tfjs';
import type { NativeKernels } from '@emolab/ml-native';
import { loadNativeKernels } from './load-native-kernels.js';
import { NATIVE_ADAM_KERNELS } from './native-adam-kernel.js';
import { NATIVE_BATCH_NORM_KERNELS } from './native-batch-norm-kernels.js';
import { NATIVE_CONV_KERNELS } from './native-conv-kernels.js';
import { NATIVE_ELTWISE_KERNELS, reluGradConfig } from './native-eltwise-kernels.js';
import { NATIVE_MATMUL_KERNELS } from './native-matmul-kernels.js';
import { NATIVE_POOL_KERNELS } from './native-pool-kernels.js';

type NativeWrapper = (native: NativeKernels, fallback: tf.KernelConfig) => tf.KernelConfig;

const WRAPPERS: ReadonlyArray<[string, NativeWrapper]> = [
  ...NATIVE_CONV_KERNELS,
  ...NATIVE_MATMUL_KERNELS,
  ...NATIVE_POOL_KERNELS,
  ...NATIVE_BATCH_NORM_KERNELS,
  ...NATIVE_ELTWISE_KERNELS,
  ...NATIVE_ADAM_KERNELS,
];
const installed = new Set<tf.KernelConfig>();

/** True for a kernel config registerNativeKernels installed (registerTrainingKernels leaves those in place). */
export function isNativeKernel(config: tf.KernelConfig | undefined): boolean {
  return config !== undefined && installed.has(config);
}

/** What runs when the addon declines a call and wasm has no kernel of that name. */
function missingKernel(kernelName: string): tf.KernelConfig {
  return {
    kernelName,
    backendName: 'wasm',
    kernelFunc: (() => {
      throw new Error(
        `${kernelName} is not available on wasm for these inputs (the oneDNN kernel takes float32 NHWC only)`,
      );
    }) as unknown as tf.KernelFunc,
  };
}

/** Options for {@link registerNativeKernels}. */
export interface RegisterNativeKernelsOptions {
  /** oneDNN/OpenMP threads for kernels called from this thread (default: all cores). */
  threads?: number;
  /**
   * 'bf16': convolutions multiply in bf16 (inputs rounded, f32 accumulation, outputs and weights stay
   * f32); throws on CPUs without AVX512_BF16/AMX. 'auto': bf16 where the CPU multiplies bf16 in
   * hardware, else f32. Default 'f32'.
   */
  precision?: NativePrecision | 'auto';
}

/** The ISAs (as the addon's info() names them) that multiply bf16 in hardware; elsewhere oneDNN would emulate it, slower than f32. */
const BF16_ISAS: ReadonlySet<string> = new Set(['avx512_core_bf16', 'avx512_core_amx']);

/** True when this CPU multiplies bf16 in hardware, so 'auto' picks bf16 convolutions. */
export function hasHardwareBf16(native: NativeKernels): boolean {
  return BF16_ISAS.has(native.info().isa);
}

/** What the oneDNN convolutions multiply in. */
export type NativePrecision = 'f32' | 'bf16';

let precision: NativePrecision = 'f32';

/** The precision the last registerNativeKernels call on this thread set (workers start with it). */
export function nativePrecision(): NativePrecision {
  return precision;
}

/**
 * Puts the oneDNN kernels over the wasm backend's (each keeps the kernel it replaces as its
 * fallback for dtypes, layouts or fused activations the addon lacks). Tensors stay in the wasm heap:
 * the addon reads and writes them in place. Returns false, with the reason from loadNativeKernels,
 * when the addon is unavailable. Call after the wasm kernels are registered; safe to call again.
 */
export function registerNativeKernels(options: RegisterNativeKernelsOptions = {}): boolean {
  const { native } = loadNativeKernels();
  if (!native) return false;
  if (options.threads !== undefined) native.setNumThreads(options.threads);
  const wanted = options.precision ?? 'f32';
  precision = wanted === 'auto' ? (hasHardwareBf16(native) ? 'bf16' : 'f32') : wanted;
  native.setPrecision(precision === 'bf16' ? 1 : 0);
  for (const [name, wrap] of WRAPPERS) {
    const current = tf.getKernel(name, 'wasm');
    if (current && installed.has(current)) continue;
    const config = { ...wrap(native, current ?? missingKernel(name)), kernelName: name };
    installed.add(config);
    if (current) tf.unregisterKernel(name, 'wasm'); // registerKernel warns when it replaces a kernel
    tf.registerKernel(config);
  }
  if (tf.getGradient('Relu') !== reluGradConfig) tf.registerGradient(reluGradConfig);
  return true;
}
