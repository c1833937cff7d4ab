import * as tf from '@tensorflow/tfjs';
import { seededValues } from './seeded-values.js';

/** A conv2d configuration to compare gradients on. */
export interface ConvCase {
  input: [number, number, number, number];
  filter: [number, number, number, number];
  strides: [number, number] | number;
  pad: 'same' | 'valid';
}

/** Shapes, strides and paddings covering the im2col/col2im edge cases. */
export const CONV_CASES: ConvCase[] = [
  { input: [2, 7, 7, 1], filter: [3, 3, 1, 4], strides: 1, pad: 'same' },
  { input: [2, 8, 9, 3], filter: [3, 3, 3, 5], strides: 2, pad: 'same' },
  { input: [1, 9, 8, 2], filter: [3, 2, 2, 3], strides: [2, 1], pad: 'valid' },
  { input: [3, 10, 10, 4], filter: [5, 5, 4, 2], strides: 3, pad: 'valid' },
  { input: [2, 6, 6, 2], filter: [1, 1, 2, 3], strides: 2, pad: 'same' },
  // Stride 1 'same' (the block-copy im2col): several channels, wide and even filters, a filter larger than the image.
  { input: [3, 6, 5, 3], filter: [3, 3, 3, 4], strides: 1, pad: 'same' },
  { input: [2, 7, 6, 2], filter: [5, 5, 2, 3], strides: 1, pad: 'same' },
  { input: [2, 5, 5, 2], filter: [2, 2, 2, 3], strides: 1, pad: 'same' },
  { input: [2, 2, 2, 2], filter: [5, 5, 2, 2], strides: 1, pad: 'same' },
  { input: [2, 6, 6, 2], filter: [3, 3, 2, 2], strides: 1, pad: 'valid' },
];

/** Gradients of sum(conv2d(x, w)^2) with respect to x and w on the given backend. */
export async function convGradients(
  backend: 'cpu' | 'wasm',
  testCase: ConvCase,
): Promise<{ dx: Float32Array; dw: Float32Array }> {
  await tf.setBackend(backend);
  const x = tf.tensor4d(seededValues(testCase.input, 1), testCase.input);
  const w = tf.tensor4d(seededValues(testCase.filter, 2), testCase.filter);
  const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
    tf.sum(tf.square(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, testCase.strides, testCase.pad))),
  )([x, w]);
  try {
    return { dx: (await dx!.data()) as Float32Array, dw: (await dw!.data()) as Float32Array };
  } finally {
    tf.dispose([x, w, dx!, dw!]);
  }
}
