import * as tf from '@tensorflow/tfjs';

/**
 * Builds a FusedBatchNorm gradient that gives the same values as tfjs-core 4.22's but broadcasts
 * per-channel factors instead of tiling them to the full activation size, and reuses the two
 * channel sums all parameter gradients need. Cases other than per-channel statistics go to
 * `fallback` (the gradient it replaces).
 */
export function createFusedBatchNormGradConfig(fallback: tf.GradConfig): tf.GradConfig {
  return {
    kernelName: 'FusedBatchNorm',
    inputsToSave: ['x', 'mean', 'variance', 'scale'],
    gradFunc: (dy, saved, attrs) => {
      const [x, mean, variance, scale] = saved as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor | undefined];
      if (mean.rank !== 1 || Array.isArray(dy)) return fallback.gradFunc(dy, saved, attrs);
      const { varianceEpsilon } = attrs as unknown as tf.FusedBatchNormAttrs;
      // Created eagerly: tfjs disposes them when the backward pass's scope ends.
      const axes = tf.broadcast_util.getReductionAxes(mean.shape, x.shape);
      const scaleValue = scale ?? tf.scalar(1);
      const rsqrtVariance = tf.rsqrt(tf.add(variance, tf.scalar(varianceEpsilon)));
      const sumDy = tf.sum(dy, axes);
      const sumDyCentered = tf.sum(tf.mul(dy, tf.sub(x, mean)), axes);
      return {
        x: () => tf.mul(dy, tf.mul(rsqrtVariance, scaleValue)),
        mean: () => tf.reshape(tf.mul(tf.neg(tf.mul(rsqrtVariance, scaleValue)), sumDy), mean.shape),
        variance: () =>
          tf.reshape(tf.mul(tf.mul(tf.mul(tf.pow(rsqrtVariance, 3), -0.5), scaleValue), sumDyCentered), mean.shape),
        scale: () => tf.reshape(tf.mul(rsqrtVariance, sumDyCentered), mean.shape),
        offset: () => tf.reshape(sumDy, mean.shape),
      };
    },
  };
}
