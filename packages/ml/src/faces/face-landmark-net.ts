import * as tf from '@tensorflow/tfjs';
import { loadFaceApiWeights, takeWeight } from './load-face-api-weights.js';

interface SeparableConvParams {
  depthwise: tf.Tensor4D;
  pointwise: tf.Tensor4D;
  bias: tf.Tensor1D;
}

interface DenseBlock {
  /** The first block starts with a plain convolution, the others with a separable one. */
  conv0: { filters: tf.Tensor4D; bias: tf.Tensor1D } | SeparableConvParams;
  conv1: SeparableConvParams;
  conv2: SeparableConvParams;
}

/** Weights of face-api's FaceLandmark68TinyNet: three dense blocks and a fully connected layer. */
export interface FaceLandmarkNet {
  blocks: DenseBlock[];
  fc: { weights: tf.Tensor2D; bias: tf.Tensor1D };
}

/** Side of the square RGB crops the landmark net reads. */
export const LANDMARK_INPUT_SIZE = 112;

/** Per-channel RGB means the landmark net was trained with; subtract them and divide by 255. */
export const LANDMARK_MEAN_RGB: readonly [number, number, number] = [122.782, 117.001, 104.298];

/** Loads the landmark net's weights into tensors (about 80k parameters). */
export function loadFaceLandmarkNet(): FaceLandmarkNet {
  const weights = loadFaceApiWeights('face_landmark_68_tiny_model');
  const separable = (prefix: string): SeparableConvParams => ({
    depthwise: takeWeight(weights, `${prefix}/depthwise_filter`, 4),
    pointwise: takeWeight(weights, `${prefix}/pointwise_filter`, 4),
    bias: takeWeight(weights, `${prefix}/bias`, 1),
  });
  const blocks = [0, 1, 2].map((i) => ({
    conv0:
      i === 0
        ? {
            filters: takeWeight<tf.Rank.R4>(weights, 'dense0/conv0/filters', 4),
            bias: takeWeight<tf.Rank.R1>(weights, 'dense0/conv0/bias', 1),
          }
        : separable(`dense${i}/conv0`),
    conv1: separable(`dense${i}/conv1`),
    conv2: separable(`dense${i}/conv2`),
  }));
  return { blocks, fc: { weights: takeWeight(weights, 'fc/weights', 2), bias: takeWeight(weights, 'fc/bias', 1) } };
}

function separable(x: tf.Tensor4D, params: SeparableConvParams, stride: 1 | 2, relu = false): tf.Tensor4D {
  const depthwise = tf.depthwiseConv2d(x, params.depthwise, stride, 'same');
  const activation = relu ? 'relu' : 'linear';
  return tf.fused.conv2d({
    x: depthwise,
    filter: params.pointwise,
    strides: 1,
    pad: 'valid',
    bias: params.bias,
    activation,
  });
}

function denseBlock(x: tf.Tensor4D, block: DenseBlock): tf.Tensor4D {
  const out1 =
    'filters' in block.conv0
      ? tf.fused.conv2d({
          x,
          filter: block.conv0.filters,
          strides: 2,
          pad: 'same',
          bias: block.conv0.bias,
          activation: 'relu',
        })
      : separable(x, block.conv0, 2, true);
  const out2 = separable(out1, block.conv1, 1);
  const out3 = separable(tf.relu(tf.add<tf.Tensor4D>(out1, out2)), block.conv2, 1);
  return tf.relu(tf.addN([out1, out2, out3]));
}

/**
 * Runs the landmark net on square face crops, normalised ((value - LANDMARK_MEAN_RGB) / 255,
 * [n, 112, 112, 3]), and returns [n, 136]: x, y of 68 points (iBUG 300-W order) relative to the
 * crop, about 0..1.
 */
export function runFaceLandmarkNet(net: FaceLandmarkNet, crops: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => {
    let out = crops;
    for (const block of net.blocks) out = denseBlock(out, block);
    const pooled = tf.avgPool(out, [14, 14], [2, 2], 'valid');
    return tf.add<tf.Tensor2D>(tf.matMul(tf.reshape(pooled, [crops.shape[0], -1]), net.fc.weights), net.fc.bias);
  });
}

/** Frees the landmark net's weight tensors. */
export function disposeFaceLandmarkNet(net: FaceLandmarkNet): void {
  const tensors: tf.Tensor[] = [net.fc.weights, net.fc.bias];
  for (const block of net.blocks) {
    for (const params of [block.conv0, block.conv1, block.conv2]) tensors.push(...Object.values(params));
  }
  tf.dispose(tensors);
}
