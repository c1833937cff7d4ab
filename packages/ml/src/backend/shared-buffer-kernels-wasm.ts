import type * as tf from '@tensorflow/tfjs';
import type { WasmKernelArgs } from './wasm-kernel-args.js';

/**
 * Identity, and Cast to the dtype a tensor already has, on wasm: share the input's buffer (one more
 * reference) instead of copying it, as the cpu backend does. The engine clones every tensor a
 * gradient needs (saveTensorsForBackwardMode), and the stock wasm kernels copied each one: about
 * 200 activation-sized copies per training step of a small CNN.
 */
export function createSharedBufferConfig(kernelName: 'Identity' | 'Cast', fallback: tf.KernelConfig): tf.KernelConfig {
  const kernelFunc = (args: WasmKernelArgs): tf.TensorInfo => {
    const { x } = args.inputs as { x: tf.TensorInfo };
    const target = kernelName === 'Cast' ? (args.attrs as unknown as tf.CastAttrs).dtype : x.dtype;
    // Strings live outside the heap, and complex64 has no buffer of its own on wasm.
    if (target !== x.dtype || x.dtype === 'string' || x.dtype === 'complex64')
      return fallback.kernelFunc(args as never) as tf.TensorInfo;
    args.backend.incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  };
  return { ...fallback, kernelName, backendName: 'wasm', kernelFunc: kernelFunc as unknown as tf.KernelFunc };
}
