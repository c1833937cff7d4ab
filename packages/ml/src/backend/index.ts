/** Picks and initialises the fastest available backend (tfjs-node-gpu, tfjs-node, wasm, cpu); idempotent; returns its name. */
export { initBackend, type InitBackendOptions } from './init-backend.js';
/** Registers the wasm training kernels tfjs 4.22 lacks or runs slowly, and a leaner batch-norm gradient; initBackend calls it. */
export { registerTrainingKernels } from './register-training-kernels.js';
