import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { weightedCrossEntropy } from './weighted-cross-entropy.js';

describe('weightedCrossEntropy', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  const targets = () =>
    tf.tensor2d([
      [1, 0],
      [0.1, 0.9],
    ]);
  const probabilities = () =>
    tf.tensor2d([
      [0.8, 0.2],
      [0.4, 0.6],
    ]);

  describe('when no weights are given', () => {
    it('averages -sum(target * log p) over the batch', () => {
      const loss = tf.tidy(
        () => weightedCrossEntropy({ targets: targets(), probabilities: probabilities() }).dataSync()[0],
      );
      const expected = (-Math.log(0.8) - (0.1 * Math.log(0.4) + 0.9 * Math.log(0.6))) / 2;
      expect(loss).toBeCloseTo(expected, 5);
    });
  });

  describe('when sample weights are given', () => {
    it('sums weighted losses and divides by the batch size', () => {
      const loss = tf.tidy(
        () =>
          weightedCrossEntropy({
            targets: targets(),
            probabilities: probabilities(),
            sampleWeights: tf.tensor1d([2, 0.5]),
          }).dataSync()[0],
      );
      const expected = (2 * -Math.log(0.8) + 0.5 * -(0.1 * Math.log(0.4) + 0.9 * Math.log(0.6))) / 2;
      expect(loss).toBeCloseTo(expected, 5);
    });
  });

  describe('when called', () => {
    it('leaves only its result allocated', () => {
      const [t, p] = [targets(), probabilities()];
      const before = tf.memory().numTensors;
      weightedCrossEntropy({ targets: t, probabilities: p }).dispose();
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([t, p]);
    });
  });
});
