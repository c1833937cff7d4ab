import * as tf from '@tensorflow/tfjs';
import { adamUpdateWasmConfig } from './adam-update-wasm.js';
import { conv2DBackpropFilterWasmConfig } from './conv2d-backprop-filter-wasm.js';
import { conv2DBackpropInputWasmConfig } from './conv2d-backprop-input-wasm.js';
import { createBatchMatMulTransposeConfig } from './batch-mat-mul-transpose-wasm.js';
import { BatchNormalization } from './batch-norm-layer.js';
import {
  batchNormTrainingGradConfig,
  batchNormTrainingGradWasmConfig,
  batchNormTrainingWasmConfig,
} from './batch-norm-training-wasm.js';
import { createFusedBatchNormGradConfig } from './fused-batch-norm-grad.js';
import { createLeadingAxesReduceConfig } from './leading-axes-reduce-wasm.js';
import { maxPoolGradWasmConfig } from './max-pool-grad-wasm.js';
import { isNativeKernel } from './native/register-native-kernels.js';
import { createSharedBufferConfig } from './shared-buffer-kernels-wasm.js';

/** Missing in tfjs-backend-wasm 4.22 (Conv2DBackpropFilter), ours (batch norm in training, the Adam update) or much faster than the stock version. */
const WASM_KERNELS: readonly tf.KernelConfig[] = [
  adamUpdateWasmConfig,
  batchNormTrainingWasmConfig,
  batchNormTrainingGradWasmConfig,
  conv2DBackpropFilterWasmConfig,
  conv2DBackpropInputWasmConfig,
  maxPoolGradWasmConfig,
];

/** Stock wasm kernels wrapped with a fast path; the stock kernel stays as the wrapper's fallback. */
const WRAPPED_KERNELS: ReadonlyArray<[string, (stock: tf.KernelConfig) => tf.KernelConfig]> = [
  ['Sum', (stock) => createLeadingAxesReduceConfig('Sum', stock)],
  ['Mean', (stock) => createLeadingAxesReduceConfig('Mean', stock)],
  ['BatchMatMul', createBatchMatMulTransposeConfig],
  ['Identity', (stock) => createSharedBufferConfig('Identity', stock)],
  ['Cast', (stock) => createSharedBufferConfig('Cast', stock)],
];

let fusedBatchNormGrad: tf.GradConfig | undefined;
const wrappers = new Set<tf.KernelConfig>();

function replaceKernel(config: tf.KernelConfig): void {
  // unregister first: registerKernel warns when it replaces a kernel.
  if (tf.getKernel(config.kernelName, config.backendName)) tf.unregisterKernel(config.kernelName, config.backendName);
  tf.registerKernel(config);
}

/** Wraps each stock kernel in WRAPPED_KERNELS once. */
function wrapStockKernels(): void {
  for (const [name, wrap] of WRAPPED_KERNELS) {
    const stock = tf.getKernel(name, 'wasm');
    if (!stock || wrappers.has(stock) || isNativeKernel(stock)) continue; // a native kernel already wraps the fast path
    const config = wrap(stock);
    wrappers.add(config);
    replaceKernel(config);
  }
}

/**
 * Registers the wasm training kernels (replacing slower stock ones), the leaner batch-norm
 * gradient and the BatchNormalization layer that uses the one-pass kernel. Safe to call
 * repeatedly; initBackend calls it.
 */
export function registerTrainingKernels(): void {
  for (const config of WASM_KERNELS) {
    const current = tf.getKernel(config.kernelName, config.backendName);
    // A native kernel over this one keeps it as its fallback already.
    if (current !== config && !isNativeKernel(current)) replaceKernel(config);
  }
  wrapStockKernels();
  if (tf.getGradient(batchNormTrainingGradConfig.kernelName) !== batchNormTrainingGradConfig)
    tf.registerGradient(batchNormTrainingGradConfig);
  // Models built or loaded from now on get the layer that runs the batch-norm training kernel.
  tf.serialization.registerClass(
    BatchNormalization as unknown as tf.serialization.SerializableConstructor<tf.serialization.Serializable>,
  );
  const current = tf.getGradient('FusedBatchNorm');
  if (current && current !== fusedBatchNormGrad) {
    fusedBatchNormGrad = createFusedBatchNormGradConfig(current);
    tf.registerGradient(fusedBatchNormGrad);
  }
}
