import * as tf from '@tensorflow/tfjs';
import { heapView, type WasmKernelArgs } from './wasm-kernel-args.js';

/** Below this many reduced rows the stock kernel is as fast. */
const MIN_ROWS = 256;

/** The row count when `axes` are exactly the leading axes 0..k-1 (k >= 1), else undefined. */
function leadingRows(shape: number[], axes: number[]): number | undefined {
  const sorted = [...axes].sort((a, b) => a - b);
  if (sorted.length === 0 || sorted.some((axis, i) => axis !== i)) return undefined;
  return shape.slice(0, sorted.length).reduce((a, b) => a * b, 1);
}

/** Column sums of a row-major [rows, channels] matrix, in float64, times `scale`. */
function sumRows(x: Float32Array, out: Float32Array, shape: { rows: number; channels: number; scale: number }): void {
  const { rows, channels, scale } = shape;
  const acc = new Float64Array(channels);
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < channels; c++, o++) acc[c] = (acc[c] as number) + (x[o] as number);
  }
  for (let c = 0; c < channels; c++) out[c] = (acc[c] as number) * scale;
}

/**
 * Sum or Mean over the leading axes of a float32 tensor (e.g. batch-norm statistics and bias
 * gradients over N, H, W of NHWC) in one pass over memory. The stock wasm kernels transpose the
 * tensor first and then reduce, which made these reductions a large share of batch-norm time.
 */
export function createLeadingAxesReduceConfig(kernelName: 'Sum' | 'Mean', fallback: tf.KernelConfig): tf.KernelConfig {
  const kernelFunc = (args: WasmKernelArgs): tf.TensorInfo => {
    const { x } = args.inputs as { x: tf.TensorInfo };
    const { axis, keepDims } = args.attrs as unknown as tf.SumAttrs;
    const axes = tf.util.parseAxisParam(axis, x.shape);
    const rows = leadingRows(x.shape, axes);
    if (x.dtype !== 'float32' || rows === undefined || rows < MIN_ROWS)
      return fallback.kernelFunc(args as never) as tf.TensorInfo;
    const { backend } = args;
    const channels = tf.util.sizeFromShape(x.shape) / rows;
    const kept = x.shape.map((size, i) => (axes.includes(i) ? 1 : size));
    const out = backend.makeOutput(keepDims ? kept : x.shape.filter((_, i) => !axes.includes(i)), 'float32');
    sumRows(heapView(backend, x), heapView(backend, out), {
      rows,
      channels,
      scale: kernelName === 'Mean' ? 1 / rows : 1,
    });
    return out;
  };
  // The stock kernel binds its wasm function in setupFunc, which the backend runs for the registered config.
  return { ...fallback, kernelName, backendName: 'wasm', kernelFunc: kernelFunc as unknown as tf.KernelFunc };
}
