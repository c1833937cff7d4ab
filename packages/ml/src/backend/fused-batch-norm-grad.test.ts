import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { expectClose } from '../testing/expect-close.js';
import { seededValues } from '../testing/seeded-values.js';
import { createFusedBatchNormGradConfig } from './fused-batch-norm-grad.js';

const SHAPE = [4, 5, 5, 3];

/** Gradients through batch norm as layers uses it in training: statistics from the batch itself. */
function trainingModeGradients(): Float32Array[] {
  return tf.tidy(() => {
    const x = tf.tensor4d(seededValues(SHAPE, 5), SHAPE as [number, number, number, number]);
    const scale = tf.tensor1d(seededValues([3], 6));
    const offset = tf.tensor1d(seededValues([3], 7));
    const weights = tf.tensor4d(seededValues(SHAPE, 8), SHAPE as [number, number, number, number]);
    const grads = tf.grads((a: tf.Tensor, s: tf.Tensor, o: tf.Tensor) => {
      const { mean, variance } = tf.moments(a, [0, 1, 2]);
      return tf.sum(tf.mul(tf.batchNorm(a, mean, variance, o, s, 1e-3), weights));
    })([x, scale, offset]);
    return grads.map((g) => g.dataSync() as Float32Array);
  });
}

describe('createFusedBatchNormGradConfig', () => {
  let original: tf.GradConfig;

  beforeAll(async () => {
    await tf.setBackend('cpu');
    original = tf.getGradient('FusedBatchNorm')!;
  });

  describe('when statistics are per channel', () => {
    it('gives the same x, scale and offset gradients as the stock gradient', () => {
      const expected = trainingModeGradients();
      const fallback = { ...original, gradFunc: vi.fn(original.gradFunc) };
      tf.registerGradient(createFusedBatchNormGradConfig(fallback));
      try {
        const actual = trainingModeGradients();
        actual.forEach((gradient, i) => expectClose(gradient, expected[i]!));
        expect(fallback.gradFunc).not.toHaveBeenCalled();
      } finally {
        tf.registerGradient(original);
      }
    });

    it('leaves no tensors allocated', () => {
      tf.registerGradient(createFusedBatchNormGradConfig(original));
      try {
        const before = tf.memory().numTensors;
        trainingModeGradients();
        expect(tf.memory().numTensors).toBe(before);
      } finally {
        tf.registerGradient(original);
      }
    });
  });
});
