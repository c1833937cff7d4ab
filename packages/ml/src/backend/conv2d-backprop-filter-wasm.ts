import * as tf from '@tensorflow/tfjs';
import { callWasmKernel, heapView, type WasmKernelArgs } from './wasm-kernel-args.js';

type ConvInfo = tf.backend_util.Conv2DInfo;
type Shape4 = [number, number, number, number];

/** NHWC to channel-planar [c][b][h][w], so each im2col row below reads contiguous memory. */
function toPlanar(x: Float32Array, channels: number): Float32Array {
  const pixels = x.length / channels;
  const planar = new Float32Array(x.length);
  for (let p = 0, i = 0; p < pixels; p++) {
    for (let c = 0; c < channels; c++, i++) planar[c * pixels + p] = x[i] as number;
  }
  return planar;
}

/** Output columns [start, end) whose input column ow * stride + offset lies inside [0, width). */
function validColumns(outWidth: number, stride: number, offset: number, width: number): [number, number] {
  let start = 0;
  while (start < outWidth && start * stride + offset < 0) start++;
  let end = outWidth;
  while (end > start && (end - 1) * stride + offset >= width) end--;
  return [start, end];
}

/**
 * Writes the transposed im2col matrix of `x`: one row per filter tap (fh, fw, ci), one column
 * per output position (b, oh, ow). Transposed because the wasm BatchMatMul is ~10x slower
 * with transposeA than on a plain [K, N] x [N, C] product.
 */
function im2colTransposed(x: Float32Array, cols: Float32Array, info: ConvInfo): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth, padInfo } = info;
  const planar = inChannels === 1 ? x : toPlanar(x, inChannels);
  if (strideHeight === 1 && strideWidth === 1 && outWidth === inWidth) {
    im2colStride1(planar, cols, info);
    return;
  }
  const plane = batchSize * inHeight * inWidth;
  let o = 0;
  for (let fh = 0; fh < filterHeight; fh++) {
    for (let fw = 0; fw < filterWidth; fw++) {
      const offset = fw - padInfo.left;
      const [start, end] = validColumns(outWidth, strideWidth, offset, inWidth);
      for (let ci = 0; ci < inChannels; ci++) {
        for (let b = 0; b < batchSize; b++) {
          for (let oh = 0; oh < outHeight; oh++, o += outWidth) {
            const ih = oh * strideHeight + fh - padInfo.top;
            if (ih < 0 || ih >= inHeight) {
              cols.fill(0, o, o + outWidth);
              continue;
            }
            const src = ci * plane + (b * inHeight + ih) * inWidth + offset;
            if (start > 0) cols.fill(0, o, o + start);
            for (let ow = start; ow < end; ow++) cols[o + ow] = planar[src + ow * strideWidth] as number;
            if (end < outWidth) cols.fill(0, o + end, o + outWidth);
          }
        }
      }
    }
  }
}

/** Writes zeros to cols[from, to); a plain loop, because fill() costs more than it saves on rows this short. */
function zero(cols: Float32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) cols[i] = 0;
}

/**
 * im2colTransposed for stride 1 with output rows as wide as input rows ('same' padding, the common
 * case): one filter tap of one image is the image itself shifted by (fh, fw), so its valid rows are
 * one contiguous block copy; only the columns the shift pushed past an edge are zeroed afterwards.
 */
function im2colStride1(planar: Float32Array, cols: Float32Array, info: ConvInfo): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, filterHeight, filterWidth, padInfo } = info;
  const image = inHeight * inWidth;
  const plane = batchSize * image;
  const block = outHeight * outWidth;
  let o = 0;
  for (let fh = 0; fh < filterHeight; fh++) {
    const dh = fh - padInfo.top;
    const firstRow = Math.max(0, -dh);
    const endRow = Math.min(outHeight, inHeight - dh);
    for (let fw = 0; fw < filterWidth; fw++) {
      const dw = fw - padInfo.left;
      const [start, end] = validColumns(outWidth, 1, dw, inWidth);
      for (let ci = 0; ci < inChannels; ci++) {
        for (let b = 0; b < batchSize; b++, o += block) {
          if (endRow <= firstRow) {
            zero(cols, o, o + block);
            continue;
          }
          zero(cols, o, o + firstRow * outWidth);
          zero(cols, o + endRow * outWidth, o + block);
          // Source of output (firstRow, 0); the shift may reach one element outside the planar buffer
          // at either end, and those elements land in edge columns zeroed below.
          let src = ci * plane + b * image + (firstRow + dh) * inWidth + dw;
          let dst = o + firstRow * outWidth;
          let count = (endRow - firstRow) * outWidth;
          if (src < 0) {
            dst -= src;
            count += src;
            src = 0;
          }
          count = Math.min(count, planar.length - src);
          cols.set(planar.subarray(src, src + count), dst);
          for (let row = firstRow; row < endRow; row++) {
            zero(cols, o + row * outWidth, o + row * outWidth + start);
            zero(cols, o + row * outWidth + end, o + (row + 1) * outWidth);
          }
        }
      }
    }
  }
}

function conv2DBackpropFilter({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo {
  const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
  const { dataFormat, filterShape, strides, pad, dimRoundingMode } = attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  if (dataFormat === 'NCHW') throw new Error('Conv2DBackpropFilter on wasm supports NHWC only');
  const info = tf.backend_util.computeConv2DInfo(x.shape as Shape4, filterShape, strides, 1, pad, dimRoundingMode);
  const taps = info.filterHeight * info.filterWidth * info.inChannels;
  const positions = info.batchSize * info.outHeight * info.outWidth;

  const cols = backend.makeOutput([taps, positions], 'float32');
  im2colTransposed(heapView(backend, x), heapView(backend, cols), info);
  const dy2d = callWasmKernel('Reshape', {
    inputs: { x: dy },
    backend,
    attrs: { shape: [positions, info.outChannels] },
  });
  try {
    const product = callWasmKernel('BatchMatMul', {
      inputs: { a: cols, b: dy2d },
      backend,
      attrs: { transposeA: false, transposeB: false },
    });
    // Same row-major data as [fh, fw, ci, co]; the wasm kernels themselves relabel shapes like this.
    (product as { shape: number[] }).shape = [...filterShape];
    return product;
  } finally {
    backend.disposeData(cols.dataId);
    backend.disposeData(dy2d.dataId);
  }
}

/** Filter gradient of conv2d on wasm (missing in tfjs 4.22): im2col, then wasm's XNNPACK BatchMatMul. */
export const conv2DBackpropFilterWasmConfig: tf.KernelConfig = {
  kernelName: 'Conv2DBackpropFilter',
  backendName: 'wasm',
  kernelFunc: conv2DBackpropFilter as unknown as tf.KernelFunc,
};
