/** Picks and initialises the fastest available backend (tfjs-node-gpu, tfjs-node, wasm, cpu); idempotent; returns its name. */
export { initBackend, type InitBackendOptions } from './init-backend.js';
/** The backend as runs record it ('wasm+onednn' when the oneDNN kernels run over wasm). */
export { backendLabel } from './init-backend.js';
/** Data-parallel workers an image run uses by default (1 on the oneDNN kernels, else up to 2). */
export { defaultTrainingWorkers } from './init-backend.js';
/** One start-log line: the backend and whether the oneDNN kernels are on, or why not. */
export { describeBackend } from './init-backend.js';
/** Puts the oneDNN kernels of @emolab/ml-native over the wasm backend's; false when the addon is unavailable. */
export {
  registerNativeKernels,
  type NativePrecision,
  type RegisterNativeKernelsOptions,
} from './native/register-native-kernels.js';
/** What the oneDNN convolutions multiply in on this thread ('f32' unless registered with 'bf16'). */
export { nativePrecision } from './native/register-native-kernels.js';
/** Whether the CPU multiplies bf16 in hardware (AVX512_BF16 or AMX): where precision 'auto' picks bf16. */
export { hasHardwareBf16 } from './native/register-native-kernels.js';
/** The oneDNN addon (or null) and why. */
export { loadNativeKernels, type NativeKernelsStatus } from './native/load-native-kernels.js';
/** Registers the wasm training kernels tfjs 4.22 lacks or runs slowly, and a leaner batch-norm gradient; initBackend calls it. */
export { registerTrainingKernels } from './register-training-kernels.js';
