import * as tf from '@tensorflow/tfjs';
import { loadFaceApiWeights, takeWeight } from './load-face-api-weights.js';

interface ConvParams {
  filters: tf.Tensor4D;
  bias: tf.Tensor1D;
}

interface SeparableConvParams {
  depthwise: tf.Tensor4D;
  pointwise: tf.Tensor4D;
  bias: tf.Tensor1D;
}

/** Weights of face-api's TinyFaceDetector (a Tiny-YOLOv2 with depthwise-separable convolutions). */
export interface TinyFaceDetector {
  conv0: ConvParams;
  separable: SeparableConvParams[];
  conv8: ConvParams;
}

/** Anchor box sizes in grid cells (width, height), from face-api's TinyFaceDetector. */
export const TINY_FACE_ANCHORS: readonly (readonly [number, number])[] = [
  [1.603231, 2.094468],
  [6.041143, 7.080126],
  [2.882459, 3.518061],
  [4.266906, 5.178857],
  [9.041765, 10.66308],
];

/** Per-channel RGB means the detector was trained with; subtract them and divide by 255. */
export const TINY_FACE_MEAN_RGB: readonly [number, number, number] = [117.001, 114.697, 97.404];

/** Loads the detector's weights into tensors (about 190k parameters). */
export function loadTinyFaceDetector(): TinyFaceDetector {
  const weights = loadFaceApiWeights('tiny_face_detector_model');
  const conv = (prefix: string): ConvParams => ({
    filters: takeWeight(weights, `${prefix}/filters`, 4),
    bias: takeWeight(weights, `${prefix}/bias`, 1),
  });
  const separable = [1, 2, 3, 4, 5].map((i) => ({
    depthwise: takeWeight<tf.Rank.R4>(weights, `conv${i}/depthwise_filter`, 4),
    pointwise: takeWeight<tf.Rank.R4>(weights, `conv${i}/pointwise_filter`, 4),
    bias: takeWeight<tf.Rank.R1>(weights, `conv${i}/bias`, 1),
  }));
  return { conv0: conv('conv0'), separable, conv8: conv('conv8') };
}

// Bias and leaky ReLU are monotonic, so they commute with max pooling: pooling first applies them
// to a quarter of the values. On wasm that halves the first layers' time, which dominates.
function biasLeakyAfterPool(x: tf.Tensor4D, bias: tf.Tensor1D, stride: 1 | 2): tf.Tensor4D {
  return tf.leakyRelu(tf.add<tf.Tensor4D>(tf.maxPool(x, 2, stride, 'same'), bias), 0.1);
}

/**
 * Runs the detector on a batch of square, normalised RGB images ((value - TINY_FACE_MEAN_RGB) / 255,
 * [n, s, s, 3], s a multiple of 32) and returns its raw grid ([n, s/32, s/32, 25]: per anchor
 * x, y, w, h and score logits).
 */
export function runTinyFaceDetector(net: TinyFaceDetector, input: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const { conv0, separable, conv8 } = net;
    let out = biasLeakyAfterPool(tf.conv2d(input, conv0.filters, 1, 'valid'), conv0.bias, 2);
    separable.forEach((params, i) => {
      const depthwise = tf.depthwiseConv2d(out, params.depthwise, 1, 'same');
      // The last block's stride-1 pool keeps the grid at inputSize / 32 cells.
      out = biasLeakyAfterPool(
        tf.conv2d(depthwise, params.pointwise, 1, 'valid'),
        params.bias,
        i < separable.length - 1 ? 2 : 1,
      );
    });
    return tf.fused.conv2d({ x: out, filter: conv8.filters, strides: 1, pad: 'valid', bias: conv8.bias });
  });
}

/** Frees the detector's weight tensors. */
export function disposeTinyFaceDetector(net: TinyFaceDetector): void {
  tf.dispose([net.conv0.filters, net.conv0.bias, net.conv8.filters, net.conv8.bias]);
  for (const params of net.separable) tf.dispose([params.depthwise, params.pointwise, params.bias]);
}
