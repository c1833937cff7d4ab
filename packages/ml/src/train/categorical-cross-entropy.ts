import * as tf from '@tensorflow/tfjs';

const EPSILON = 1e-7;

/** Mean categorical cross-entropy of softmax outputs against one-hot targets (outputs clipped away from 0). */
export function categoricalCrossEntropy(oneHot: tf.Tensor, probabilities: tf.Tensor): tf.Scalar {
  return tf.tidy(
    () => tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.log(tf.clipByValue(probabilities, EPSILON, 1))), -1))) as tf.Scalar,
  );
}
