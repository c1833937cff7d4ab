import * as tf from '@tensorflow/tfjs';
import { callWasmKernel, heapView, type WasmKernelArgs } from './wasm-kernel-args.js';

type ConvInfo = tf.backend_util.Conv2DInfo;

/** Writes filter [fh, fw, ci, co] transposed to [co, fh*fw*ci]. */
function transposeFilter(filter: Float32Array, out: Float32Array, taps: number, outChannels: number): void {
  for (let k = 0; k < taps; k++) {
    for (let co = 0; co < outChannels; co++) out[co * taps + k] = filter[k * outChannels + co] as number;
  }
}

/** Scatter-adds patch gradients [b*oh*ow, fh*fw*ci] back onto the NHWC input gradient. */
function col2im(cols: Float32Array, dx: Float32Array, info: ConvInfo): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth, padInfo } = info;
  dx.fill(0);
  let o = 0;
  for (let b = 0; b < batchSize; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      for (let ow = 0; ow < outWidth; ow++) {
        for (let fh = 0; fh < filterHeight; fh++) {
          const ih = oh * strideHeight + fh - padInfo.top;
          if (ih < 0 || ih >= inHeight) {
            o += filterWidth * inChannels;
            continue;
          }
          for (let fw = 0; fw < filterWidth; fw++) {
            const iw = ow * strideWidth + fw - padInfo.left;
            if (iw < 0 || iw >= inWidth) {
              o += inChannels;
              continue;
            }
            const base = ((b * inHeight + ih) * inWidth + iw) * inChannels;
            for (let ci = 0; ci < inChannels; ci++, o++)
              dx[base + ci] = (dx[base + ci] as number) + (cols[o] as number);
          }
        }
      }
    }
  }
}

/** Stride 1, odd filter, symmetric 'same' padding: the input gradient is itself a 'same' convolution. */
function isSymmetricSame(info: ConvInfo): boolean {
  const { strideHeight, strideWidth, dilationHeight, dilationWidth, filterHeight, filterWidth, padInfo } = info;
  return (
    strideHeight === 1 &&
    strideWidth === 1 &&
    dilationHeight === 1 &&
    dilationWidth === 1 &&
    filterHeight % 2 === 1 &&
    filterWidth % 2 === 1 &&
    padInfo.top === (filterHeight - 1) / 2 &&
    padInfo.left === (filterWidth - 1) / 2 &&
    info.outHeight === info.inHeight &&
    info.outWidth === info.inWidth
  );
}

/**
 * dx = conv2d(dy, the filter rotated 180 degrees with in/out channels swapped, 'same'), run by
 * wasm's own XNNPACK Conv2D: for the common 3x3 'same' layers this beats matmul + col2im in
 * JavaScript. The rotated filter is a fresh tensor each step; disposing it frees its XNNPACK operator.
 */
function backpropInputAsConv(
  dy: tf.TensorInfo,
  filter: tf.TensorInfo,
  info: ConvInfo,
  backend: WasmKernelArgs['backend'],
): tf.TensorInfo {
  const { filterHeight: fh, filterWidth: fw, inChannels: ci, outChannels: co } = info;
  const rotated = backend.makeOutput([fh, fw, co, ci], 'float32');
  try {
    const w = heapView(backend, filter);
    const r = heapView(backend, rotated);
    for (let y = 0; y < fh; y++) {
      for (let x = 0; x < fw; x++) {
        const from = ((fh - 1 - y) * fw + (fw - 1 - x)) * ci * co;
        const to = (y * fw + x) * co * ci;
        for (let i = 0; i < ci; i++) for (let o = 0; o < co; o++) r[to + o * ci + i] = w[from + i * co + o] as number;
      }
    }
    return callWasmKernel('Conv2D', {
      inputs: { x: dy, filter: rotated },
      backend,
      attrs: {
        strides: [1, 1],
        pad: 'same',
        dataFormat: 'NHWC',
        dilations: [1, 1],
        dimRoundingMode: undefined,
      } as unknown as tf.NamedAttrMap,
    });
  } finally {
    backend.disposeData(rotated.dataId);
  }
}

function conv2DBackpropInput({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo {
  const { dy, filter } = inputs as { dy: tf.TensorInfo; filter: tf.TensorInfo };
  const { dataFormat, inputShape, strides, pad, dimRoundingMode } = attrs as unknown as tf.Conv2DBackpropInputAttrs;
  if (dataFormat === 'NCHW') throw new Error('Conv2DBackpropInput on wasm supports NHWC only');
  const filterShape = filter.shape as [number, number, number, number];
  const info = tf.backend_util.computeConv2DInfo(inputShape, filterShape, strides, 1, pad, dimRoundingMode);
  if (isSymmetricSame(info)) return backpropInputAsConv(dy, filter, info, backend);
  const taps = info.filterHeight * info.filterWidth * info.inChannels;
  const positions = info.batchSize * info.outHeight * info.outWidth;

  const filterT = backend.makeOutput([info.outChannels, taps], 'float32');
  transposeFilter(heapView(backend, filter), heapView(backend, filterT), taps, info.outChannels);
  const dy2d = callWasmKernel('Reshape', {
    inputs: { x: dy },
    backend,
    attrs: { shape: [positions, info.outChannels] },
  });
  let cols: tf.TensorInfo | undefined;
  try {
    cols = callWasmKernel('BatchMatMul', {
      inputs: { a: dy2d, b: filterT },
      backend,
      attrs: { transposeA: false, transposeB: false },
    });
    const dx = backend.makeOutput([...inputShape], 'float32');
    col2im(heapView(backend, cols), heapView(backend, dx), info);
    return dx;
  } finally {
    backend.disposeData(filterT.dataId);
    backend.disposeData(dy2d.dataId);
    if (cols) backend.disposeData(cols.dataId);
  }
}

/**
 * Input gradient of conv2d on wasm as a matmul plus col2im; replaces tfjs 4.22's direct loop,
 * which was the slowest kernel in a training step (about 25% of it for the small CNN).
 */
export const conv2DBackpropInputWasmConfig: tf.KernelConfig = {
  kernelName: 'Conv2DBackpropInput',
  backendName: 'wasm',
  kernelFunc: conv2DBackpropInput as unknown as tf.KernelFunc,
};
