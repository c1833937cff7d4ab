import type * as tf from '@tensorflow/tfjs';
import { callWasmKernel, type WasmKernelArgs } from './wasm-kernel-args.js';

/** Swaps the last two axes of a float32 tensor with wasm's Transpose. */
function transposeInner(x: tf.TensorInfo, backend: WasmKernelArgs['backend']): tf.TensorInfo {
  const rank = x.shape.length;
  const perm = [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];
  return callWasmKernel('Transpose', { inputs: { x }, backend, attrs: { perm } });
}

/**
 * BatchMatMul on wasm with transposeA/transposeB done as explicit transposes first: the stock kernel
 * is 6-8x slower on a transposed operand (the dense-layer gradients of a training step, e.g.
 * [64, 512]^T x [64, 256] took 7.6 ms against 1 ms for the plain product).
 */
export function createBatchMatMulTransposeConfig(fallback: tf.KernelConfig): tf.KernelConfig {
  const kernelFunc = (args: WasmKernelArgs): tf.TensorInfo => {
    const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
    const { transposeA, transposeB } = args.attrs as unknown as tf.BatchMatMulAttrs;
    if ((!transposeA && !transposeB) || a.dtype !== 'float32' || b.dtype !== 'float32')
      return fallback.kernelFunc(args as never) as tf.TensorInfo;
    const { backend } = args;
    const owned: tf.TensorInfo[] = [];
    try {
      const left = transposeA ? transposeInner(a, backend) : a;
      if (transposeA) owned.push(left);
      const right = transposeB ? transposeInner(b, backend) : b;
      if (transposeB) owned.push(right);
      return fallback.kernelFunc({
        ...args,
        inputs: { a: left, b: right },
        attrs: { ...args.attrs, transposeA: false, transposeB: false },
      } as never) as tf.TensorInfo;
    } finally {
      for (const info of owned) backend.disposeData(info.dataId);
    }
  };
  return {
    ...fallback,
    kernelName: 'BatchMatMul',
    backendName: 'wasm',
    kernelFunc: kernelFunc as unknown as tf.KernelFunc,
  };
}
