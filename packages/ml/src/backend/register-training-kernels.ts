import * as tf from '@tensorflow/tfjs';
import { conv2DBackpropFilterWasmConfig } from './conv2d-backprop-filter-wasm.js';
import { conv2DBackpropInputWasmConfig } from './conv2d-backprop-input-wasm.js';
import { createFusedBatchNormGradConfig } from './fused-batch-norm-grad.js';
import { createLeadingAxesReduceConfig } from './leading-axes-reduce-wasm.js';
import { maxPoolGradWasmConfig } from './max-pool-grad-wasm.js';

/** Missing in tfjs-backend-wasm 4.22 (Conv2DBackpropFilter) or much faster than its version. */
const WASM_KERNELS: readonly tf.KernelConfig[] = [
  conv2DBackpropFilterWasmConfig,
  conv2DBackpropInputWasmConfig,
  maxPoolGradWasmConfig,
];

let fusedBatchNormGrad: tf.GradConfig | undefined;
const reducers = new Set<tf.KernelConfig>();

function replaceKernel(config: tf.KernelConfig): void {
  // unregister first: registerKernel warns when it replaces a kernel.
  if (tf.getKernel(config.kernelName, config.backendName)) tf.unregisterKernel(config.kernelName, config.backendName);
  tf.registerKernel(config);
}

/** Wraps the stock wasm Sum and Mean (kept as fallbacks) with the leading-axes fast path, once. */
function registerReducers(): void {
  for (const name of ['Sum', 'Mean'] as const) {
    const stock = tf.getKernel(name, 'wasm');
    if (!stock || reducers.has(stock)) continue;
    const config = createLeadingAxesReduceConfig(name, stock);
    reducers.add(config);
    replaceKernel(config);
  }
}

/**
 * Registers the wasm training kernels (replacing slower stock ones) and the leaner batch-norm
 * gradient. Safe to call repeatedly; initBackend calls it.
 */
export function registerTrainingKernels(): void {
  for (const config of WASM_KERNELS) {
    if (tf.getKernel(config.kernelName, config.backendName) !== config) replaceKernel(config);
  }
  registerReducers();
  const current = tf.getGradient('FusedBatchNorm');
  if (current && current !== fusedBatchNormGrad) {
    fusedBatchNormGrad = createFusedBatchNormGradConfig(current);
    tf.registerGradient(fusedBatchNormGrad);
  }
}
