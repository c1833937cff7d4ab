import * as tf from '@tensorflow/tfjs';
import { heapView, type WasmKernelArgs } from './wasm-kernel-args.js';

/** Kernel names of the training-mode batch norm (not tfjs kernels; BatchNormalization layers run them on wasm). */
export const BATCH_NORM_TRAINING = 'EmolabBatchNormTraining';
export const BATCH_NORM_TRAINING_GRAD = 'EmolabBatchNormTrainingGrad';

/** Attributes of both kernels. */
export interface BatchNormTrainingAttrs {
  varianceEpsilon: number;
}

function channelsOf(x: tf.TensorInfo, scale: tf.TensorInfo, name: string): { channels: number; rows: number } {
  const channels = x.shape[x.shape.length - 1] ?? 0;
  if (x.dtype !== 'float32' || x.shape.length < 2 || scale.shape.length !== 1 || scale.shape[0] !== channels) {
    throw new Error(`${name} needs a float32 input with channels last and one scale per channel`);
  }
  return { channels, rows: tf.util.sizeFromShape(x.shape) / channels };
}

/**
 * Rows per block of the reduction loops: each block (64 x channels floats) stays in L1 while it is
 * swept channel by channel with the sums in registers, ~2x faster than accumulating into arrays row by row.
 */
const BLOCK_ROWS = 64;

/** Per-channel mean and biased variance of x as [rows, channels], from float64 sums. */
function channelMoments(
  x: Float32Array,
  rows: number,
  channels: number,
): { mean: Float64Array; variance: Float64Array } {
  const sum = new Float64Array(channels);
  const squares = new Float64Array(channels);
  for (let first = 0; first < rows; first += BLOCK_ROWS) {
    const end = Math.min(rows, first + BLOCK_ROWS) * channels;
    for (let c = 0; c < channels; c++) {
      let s = 0;
      let q = 0;
      for (let i = first * channels + c; i < end; i += channels) {
        const value = x[i] as number;
        s += value;
        q += value * value;
      }
      sum[c] = (sum[c] as number) + s;
      squares[c] = (squares[c] as number) + q;
    }
  }
  const mean = new Float64Array(channels);
  const variance = new Float64Array(channels);
  for (let c = 0; c < channels; c++) {
    mean[c] = (sum[c] as number) / rows;
    variance[c] = Math.max(0, (squares[c] as number) / rows - (mean[c] as number) ** 2);
  }
  return { mean, variance };
}

/** Per-channel sums of dy and of dy * (x - mean), blocked like channelMoments. */
function gradientSums(
  dy: Float32Array,
  x: Float32Array,
  mean: Float32Array,
  rows: number,
): { sumDy: Float64Array; sumDyCentered: Float64Array } {
  const channels = mean.length;
  const sumDy = new Float64Array(channels);
  const sumDyCentered = new Float64Array(channels);
  for (let first = 0; first < rows; first += BLOCK_ROWS) {
    const end = Math.min(rows, first + BLOCK_ROWS) * channels;
    for (let c = 0; c < channels; c++) {
      const m = mean[c] as number;
      let s = 0;
      let sc = 0;
      for (let i = first * channels + c; i < end; i += channels) {
        const g = dy[i] as number;
        s += g;
        sc += g * ((x[i] as number) - m);
      }
      sumDy[c] = (sumDy[c] as number) + s;
      sumDyCentered[c] = (sumDyCentered[c] as number) + sc;
    }
  }
  return { sumDy, sumDyCentered };
}

/** y = a * x + b per channel: the forward kernel's normalising pass. */
function affine(x: Float32Array, out: Float32Array, a: Float64Array, b: Float64Array, rows: number): void {
  const channels = a.length;
  for (let r = 0, i = 0; r < rows; r++) {
    for (let c = 0; c < channels; c++, i++) out[i] = (a[c] as number) * (x[i] as number) + (b[c] as number);
  }
}

/**
 * x, scale, offset -> [normalised x, batch mean, batch variance] over all axes but the last, the
 * statistics tfjs' BatchNormalization layer computes with moments() + FusedBatchNorm (biased
 * variance). Two passes over memory instead of the ~6 kernels, and their ~9 in the gradient.
 */
function batchNormTraining({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo[] {
  const { x, scale, offset } = inputs as Record<'x' | 'scale' | 'offset', tf.TensorInfo>;
  const { varianceEpsilon } = attrs as unknown as BatchNormTrainingAttrs;
  const { channels, rows } = channelsOf(x, scale, BATCH_NORM_TRAINING);
  const y = backend.makeOutput([...x.shape], 'float32');
  const meanOut = backend.makeOutput([channels], 'float32');
  const varianceOut = backend.makeOutput([channels], 'float32');
  const xs = heapView(backend, x);
  const { mean, variance } = channelMoments(xs, rows, channels);
  const gamma = heapView(backend, scale);
  const beta = heapView(backend, offset);
  const a = new Float64Array(channels);
  const b = new Float64Array(channels);
  for (let c = 0; c < channels; c++) {
    a[c] = (gamma[c] as number) / Math.sqrt((variance[c] as number) + varianceEpsilon);
    b[c] = (beta[c] as number) - (mean[c] as number) * (a[c] as number);
  }
  affine(xs, heapView(backend, y), a, b, rows);
  heapView(backend, meanOut).set(mean);
  heapView(backend, varianceOut).set(variance);
  return [y, meanOut, varianceOut];
}

/**
 * dy, dMean, dVariance, x, mean, variance, scale -> [dx, dscale, doffset]: the whole batch-norm
 * gradient, including the paths through the batch statistics, as one reduction pass and one
 * per-channel affine pass: dx = k1 * dy + k2 * x + k3.
 */
function batchNormTrainingGrad({ inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo[] {
  const { dy, dMean, dVariance, x, mean, variance, scale } = inputs as Record<
    'dy' | 'dMean' | 'dVariance' | 'x' | 'mean' | 'variance' | 'scale',
    tf.TensorInfo
  >;
  const { varianceEpsilon } = attrs as unknown as BatchNormTrainingAttrs;
  const { channels, rows } = channelsOf(x, scale, BATCH_NORM_TRAINING_GRAD);
  const dx = backend.makeOutput([...x.shape], 'float32');
  const dScale = backend.makeOutput([channels], 'float32');
  const dOffset = backend.makeOutput([channels], 'float32');
  const [dys, xs, means] = [dy, x, mean].map((info) => heapView(backend, info)) as Float32Array[];
  const { sumDy, sumDyCentered } = gradientSums(dys!, xs!, means!, rows);
  const [variances, gamma, dMeans, dVariances] = [variance, scale, dMean, dVariance].map((info) =>
    heapView(backend, info),
  ) as Float32Array[];
  const [gScale, gOffset] = [dScale, dOffset].map((info) => heapView(backend, info)) as Float32Array[];
  const k1 = new Float64Array(channels);
  const k2 = new Float64Array(channels);
  const k3 = new Float64Array(channels);
  for (let c = 0; c < channels; c++) {
    const inverseStd = 1 / Math.sqrt((variances![c] as number) + varianceEpsilon);
    const m = means![c] as number;
    const a = (gamma![c] as number) * inverseStd;
    // d(loss)/d(variance) and d(loss)/d(mean) summed over the normalisation and the statistic outputs.
    const dVar = -0.5 * a * inverseStd * inverseStd * (sumDyCentered[c] as number) + (dVariances![c] as number);
    const dMu = -a * (sumDy[c] as number) + (dMeans![c] as number);
    k1[c] = a;
    k2[c] = (2 * dVar) / rows;
    k3[c] = dMu / rows - (2 * dVar * m) / rows;
    gScale![c] = (sumDyCentered[c] as number) * inverseStd;
    gOffset![c] = sumDy[c] as number;
  }
  const out = heapView(backend, dx);
  for (let r = 0, i = 0; r < rows; r++) {
    for (let c = 0; c < channels; c++, i++) {
      out[i] = (k1[c] as number) * (dys![i] as number) + (k2[c] as number) * (xs![i] as number) + (k3[c] as number);
    }
  }
  return [dx, dScale, dOffset];
}

export const batchNormTrainingWasmConfig: tf.KernelConfig = {
  kernelName: BATCH_NORM_TRAINING,
  backendName: 'wasm',
  kernelFunc: batchNormTraining as unknown as tf.KernelFunc,
};

export const batchNormTrainingGradWasmConfig: tf.KernelConfig = {
  kernelName: BATCH_NORM_TRAINING_GRAD,
  backendName: 'wasm',
  kernelFunc: batchNormTrainingGrad as unknown as tf.KernelFunc,
};

/** Gradient of BATCH_NORM_TRAINING with respect to x, scale and offset. */
export const batchNormTrainingGradConfig: tf.GradConfig = {
  kernelName: BATCH_NORM_TRAINING,
  inputsToSave: ['x', 'scale'],
  outputsToSave: [false, true, true],
  gradFunc: (dys, saved, attrs) => {
    const [dy, dMean, dVariance] = dys as tf.Tensor[];
    const [x, scale, mean, variance] = saved;
    const [dx, dScale, dOffset] = tf
      .engine()
      .runKernel(
        BATCH_NORM_TRAINING_GRAD,
        { dy: dy!, dMean: dMean!, dVariance: dVariance!, x: x!, mean: mean!, variance: variance!, scale: scale! },
        attrs,
      ) as tf.Tensor[];
    return { x: () => dx!, scale: () => dScale!, offset: () => dOffset! };
  },
};
