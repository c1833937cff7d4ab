import * as tf from '@tensorflow/tfjs';
import type { NativeKernels } from '@emolab/ml-native';
import type { WasmKernelArgs } from '../wasm-kernel-args.js';
import {
  allFloat32,
  isSmallWork,
  viewsAfterAllocation,
  nativeKernel,
  type NativeKernelEntry,
} from './native-kernel-args.js';

type Shape4 = [number, number, number, number];

interface PoolAttrs {
  filterSize: number | [number, number];
  strides: number | [number, number];
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/** The addon's pool geometry: [n, ih, iw, c, oh, ow, kh, kw, sh, sw, pt, pl, avg]. */
function poolDims(info: tf.backend_util.Conv2DInfo, average: boolean): Int32Array {
  return Int32Array.from([
    info.batchSize,
    info.inHeight,
    info.inWidth,
    info.inChannels,
    info.outHeight,
    info.outWidth,
    info.filterHeight,
    info.filterWidth,
    info.strideHeight,
    info.strideWidth,
    info.padInfo.top,
    info.padInfo.left,
    average ? 1 : 0,
  ]);
}

/** Inputs smaller than this pool faster on wasm (no second thread to wake; cnn-soft16 at batch 1). */
const NATIVE_FROM = 1 << 17;

function poolInfo(shape: number[], attrs: PoolAttrs): tf.backend_util.Conv2DInfo | undefined {
  if (shape.length !== 4 || isSmallWork(tf.util.sizeFromShape(shape), NATIVE_FROM)) return undefined;
  const info = tf.backend_util.computePool2DInfo(
    shape as Shape4,
    attrs.filterSize,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  // A 1x1 window with stride 1 is an identity that tfjs returns without a kernel call; leave it to wasm.
  return info.filterHeight === 1 && info.filterWidth === 1 && info.strideHeight === 1 && info.strideWidth === 1
    ? undefined
    : info;
}

function pool(
  native: NativeKernels,
  average: boolean,
  { inputs, backend, attrs }: WasmKernelArgs,
): tf.TensorInfo | undefined {
  const { x } = inputs as Record<string, tf.TensorInfo>;
  if (!x || !allFloat32(x)) return undefined;
  const info = poolInfo(x.shape, attrs as unknown as PoolAttrs);
  if (!info) return undefined;
  const out = backend.makeOutput([info.batchSize, info.outHeight, info.outWidth, info.outChannels], 'float32');
  const [xs, ys] = viewsAfterAllocation(backend, [x, out]);
  native.pool(xs!, ys!, poolDims(info, average));
  return out;
}

function poolGrad(
  native: NativeKernels,
  average: boolean,
  { inputs, backend, attrs }: WasmKernelArgs,
): tf.TensorInfo | undefined {
  const { dy, input } = inputs as Record<string, tf.TensorInfo>;
  if (!dy || !input || !allFloat32(dy, input)) return undefined;
  const info = poolInfo(input.shape, attrs as unknown as PoolAttrs);
  if (!info) return undefined;
  const out = backend.makeOutput([...input.shape], 'float32');
  const [dys, xs, dxs] = viewsAfterAllocation(backend, [dy, input, out]);
  native.poolGrad(dys!, average ? null : xs!, dxs!, poolDims(info, average));
  return out;
}

/** Native pooling and its gradients, each falling back to the kernel it replaces. */
export const NATIVE_POOL_KERNELS: readonly NativeKernelEntry[] = [
  nativeKernel('MaxPool', (native, args) => pool(native, false, args)),
  nativeKernel('AvgPool', (native, args) => pool(native, true, args)),
  nativeKernel('MaxPoolGrad', (native, args) => poolGrad(native, false, args)),
  nativeKernel('AvgPoolGrad', (native, args) => poolGrad(native, true, args)),
];
