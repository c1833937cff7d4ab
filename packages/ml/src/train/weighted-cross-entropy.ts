import * as tf from '@tensorflow/tfjs';

const EPSILON = 1e-7;

/** Options for {@link weightedCrossEntropy}. */
export interface WeightedCrossEntropyOptions {
  /** Target distributions [batch, classes] (one-hot or label-smoothed). */
  targets: tf.Tensor;
  /** Softmax outputs [batch, classes]; clipped away from 0. */
  probabilities: tf.Tensor;
  /** One weight per sample [batch]; the sum of weighted losses is divided by the batch size, as Keras does. */
  sampleWeights?: tf.Tensor;
}

/** Mean (optionally per-sample weighted) categorical cross-entropy. */
export function weightedCrossEntropy(options: WeightedCrossEntropyOptions): tf.Scalar {
  const { targets, probabilities, sampleWeights } = options;
  return tf.tidy(() => {
    const perSample = tf.neg(tf.sum(tf.mul(targets, tf.log(tf.clipByValue(probabilities, EPSILON, 1))), -1));
    return (
      sampleWeights
        ? tf.div(tf.sum(tf.mul(perSample, sampleWeights)), perSample.shape[0] as number)
        : tf.mean(perSample)
    ) as tf.Scalar;
  });
}
