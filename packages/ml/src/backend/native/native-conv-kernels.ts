import * as tf from '@tensorflow/tfjs';
import type { NativeKernels } from '@emolab/ml-native';
import type { WasmKernelArgs } from '../wasm-kernel-args.js';
import {
  activationCode,
  allFloat32,
  viewsAfterAllocation,
  nativeKernel,
  type NativeKernelEntry,
} from './native-kernel-args.js';

type Shape4 = [number, number, number, number];
type ConvInfo = tf.backend_util.Conv2DInfo;

/** The addon's conv geometry: [n, ih, iw, ic, oh, ow, oc, kh, kw, sh, sw, dh, dw, pt, pl, depthwise]. */
export function convDims(info: ConvInfo, depthwise: boolean): Int32Array {
  return Int32Array.from([
    info.batchSize,
    info.inHeight,
    info.inWidth,
    info.inChannels,
    info.outHeight,
    info.outWidth,
    info.outChannels,
    info.filterHeight,
    info.filterWidth,
    info.strideHeight,
    info.strideWidth,
    info.dilationHeight,
    info.dilationWidth,
    info.padInfo.top,
    info.padInfo.left,
    depthwise ? 1 : 0,
  ]);
}

interface ConvAttrs {
  strides: number | [number, number];
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat?: 'NHWC' | 'NCHW';
  dilations?: number | [number, number];
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  activation?: string;
  leakyreluAlpha?: number;
  inputShape?: Shape4;
  filterShape?: Shape4;
}

function convInfo(xShape: Shape4, filterShape: Shape4, attrs: ConvAttrs, depthwise: boolean): ConvInfo {
  return tf.backend_util.computeConv2DInfo(
    xShape,
    filterShape,
    attrs.strides,
    attrs.dilations ?? 1,
    attrs.pad,
    attrs.dimRoundingMode,
    depthwise,
  );
}

/** Forward conv (plain or fused with bias and activation); undefined when the addon cannot take it. */
function forward(
  native: NativeKernels,
  depthwise: boolean,
  { inputs, backend, attrs }: WasmKernelArgs,
): tf.TensorInfo | undefined {
  const { x, filter, bias, preluActivationWeights } = inputs as Record<string, tf.TensorInfo | undefined>;
  const a = attrs as unknown as ConvAttrs;
  const activation = activationCode(a.activation);
  if (!x || !filter || preluActivationWeights || activation === undefined || a.dataFormat === 'NCHW') return undefined;
  if (!allFloat32(x, filter, bias)) return undefined;
  const info = convInfo(x.shape as Shape4, filter.shape as Shape4, a, depthwise);
  if (bias && tf.util.sizeFromShape(bias.shape) !== info.outChannels) return undefined; // a broadcast bias: wasm's kernel
  const out = backend.makeOutput([info.batchSize, info.outHeight, info.outWidth, info.outChannels], 'float32');
  const [xs, fs, ys, bs] = viewsAfterAllocation(backend, bias ? [x, filter, out, bias] : [x, filter, out]);
  native.conv2d(xs!, fs!, bs ?? null, ys!, convDims(info, depthwise), activation, a.leakyreluAlpha ?? 0.2);
  return out;
}

function backwardData(
  native: NativeKernels,
  depthwise: boolean,
  { inputs, backend, attrs }: WasmKernelArgs,
): tf.TensorInfo | undefined {
  const { dy, filter } = inputs as Record<string, tf.TensorInfo>;
  const a = attrs as unknown as ConvAttrs;
  if (!dy || !filter || !a.inputShape || a.dataFormat === 'NCHW' || !allFloat32(dy, filter)) return undefined;
  const info = convInfo(a.inputShape, filter.shape as Shape4, a, depthwise);
  const out = backend.makeOutput([...a.inputShape], 'float32');
  const [dys, fs, dxs] = viewsAfterAllocation(backend, [dy, filter, out]);
  native.conv2dBackwardData(dys!, fs!, dxs!, convDims(info, depthwise));
  return out;
}

function backwardFilter(
  native: NativeKernels,
  depthwise: boolean,
  { inputs, backend, attrs }: WasmKernelArgs,
): tf.TensorInfo | undefined {
  const { x, dy } = inputs as Record<string, tf.TensorInfo>;
  const a = attrs as unknown as ConvAttrs;
  if (!x || !dy || !a.filterShape || a.dataFormat === 'NCHW' || !allFloat32(x, dy)) return undefined;
  const info = convInfo(x.shape as Shape4, a.filterShape, a, depthwise);
  const out = backend.makeOutput([...a.filterShape], 'float32');
  const [xs, dys, dfs] = viewsAfterAllocation(backend, [x, dy, out]);
  native.conv2dBackwardFilter(xs!, dys!, dfs!, convDims(info, depthwise));
  return out;
}

/** Native versions of the conv kernels, each falling back to the kernel it replaces. */
export const NATIVE_CONV_KERNELS: readonly NativeKernelEntry[] = [
  nativeKernel('Conv2D', (native, args) => forward(native, false, args)),
  nativeKernel('FusedConv2D', (native, args) => forward(native, false, args)),
  nativeKernel('Conv2DBackpropInput', (native, args) => backwardData(native, false, args)),
  nativeKernel('Conv2DBackpropFilter', (native, args) => backwardFilter(native, false, args)),
  nativeKernel('DepthwiseConv2dNative', (native, args) => forward(native, true, args)),
  nativeKernel('FusedDepthwiseConv2D', (native, args) => forward(native, true, args)),
  nativeKernel('DepthwiseConv2dNativeBackpropInput', (native, args) => backwardData(native, true, args)),
  nativeKernel('DepthwiseConv2dNativeBackpropFilter', (native, args) => backwardFilter(native, true, args)),
];
