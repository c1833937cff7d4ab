import * as tf from '@tensorflow/tfjs';
import { callWasmKernel, heapView, type WasmKernelArgs } from './wasm-kernel-args.js';

type ConvInfo = tf.backend_util.Conv2DInfo;
type Shape4 = [number, number, number, number];

/**
 * Writes the transposed im2col matrix of `x`: one row per filter tap (fh, fw, ci), one column
 * per output position (b, oh, ow). Transposed because the wasm BatchMatMul is ~10x slower
 * with transposeA than on a plain [K, N] x [N, C] product.
 */
function im2colTransposed(x: Float32Array, cols: Float32Array, info: ConvInfo): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth, padInfo } = info;
  const positions = batchSize * outHeight * outWidth;
  let k = 0;
  for (let fh = 0; fh < filterHeight; fh++) {
    for (let fw = 0; fw < filterWidth; fw++) {
      for (let ci = 0; ci < inChannels; ci++, k++) {
        let o = k * positions;
        for (let b = 0; b < batchSize; b++) {
          const batchBase = b * inHeight;
          for (let oh = 0; oh < outHeight; oh++) {
            const ih = oh * strideHeight + fh - padInfo.top;
            if (ih < 0 || ih >= inHeight) {
              cols.fill(0, o, o + outWidth);
              o += outWidth;
              continue;
            }
            const rowBase = (batchBase + ih) * inWidth;
            for (let ow = 0; ow < outWidth; ow++, o++) {
              const iw = ow * strideWidth + fw - padInfo.left;
              cols[o] = iw < 0 || iw >= inWidth ? 0 : (x[(rowBase + iw) * inChannels + ci] as number);
            }
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
  const dy2d = callWasmKernel('Reshape', { inputs: { x: dy }, backend, attrs: { shape: [positions, info.outChannels] } });
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
