import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../backend/init-backend.js';
import type { LayersClassifier } from '../../models/layers-classifier.js';
import { brightnessDataset } from '../../testing/brightness-dataset.js';
import { inspectTrainingCheckpoint } from '../inspect-training-checkpoint.js';
import { trainClassifier } from '../train-classifier.js';
import type { TrainClassifierOptions } from '../train-classifier-options.js';

const HAPPY = 3;
const SAD = 5;

/** Trains and returns the final weights and history, disposing the classifier. */
async function trainWith(workers: number, options: Partial<TrainClassifierOptions> = {}) {
  const { classifier, history } = await trainClassifier({
    modality: 'image',
    train: brightnessDataset({ count: 40, labels: [HAPPY, SAD], seed: 1 }), // batches of 16, 16 and 8
    epochs: 2,
    batchSize: 16,
    seed: 11,
    learningRate: 0.003,
    network: { filters: 4, dense: 16, batchNorm: false, dropout: 0 },
    workers,
    ...options,
  });
  try {
    return {
      weights: (classifier as LayersClassifier).model.getWeights().map((w) => w.dataSync() as Float32Array),
      history,
    };
  } finally {
    classifier.dispose();
  }
}

describe('trainClassifier with workers', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm' })).toBe('wasm');
  });

  describe('when the network has no batch norm or dropout', () => {
    it('ends with the weights and losses of single-worker training, within float tolerance', async () => {
      const single = await trainWith(1);
      const parallel = await trainWith(2);
      parallel.weights.forEach((weight, i) => {
        const reference = single.weights[i]!;
        let worst = 0;
        for (let j = 0; j < weight.length; j++) worst = Math.max(worst, Math.abs(weight[j]! - reference[j]!));
        expect(worst).toBeLessThan(1e-4);
      });
      parallel.history.forEach((epoch, i) => expect(epoch.loss).toBeCloseTo(single.history[i]!.loss, 4));
    });
  });

  // A tiny image network (batch norm and dropout on) trained by two workers.
  const TINY_ON_TWO_WORKERS = { modality: 'image', network: { filters: 4, dense: 16 }, workers: 2 } as const;

  describe('when the network has batch norm, dropout and validation', () => {
    it('learns, checkpoints a resumable state and leaves no tensors allocated', async () => {
      const before = tf.memory().numTensors;
      const checkpoints: Uint8Array[] = [];
      const { classifier, history } = await trainClassifier({
        ...TINY_ON_TWO_WORKERS,
        train: brightnessDataset({ count: 96, labels: [HAPPY, SAD], seed: 1 }),
        validation: brightnessDataset({ count: 32, labels: [HAPPY, SAD], seed: 1000 }),
        epochs: 3,
        batchSize: 16,
        seed: 7,
        onCheckpoint: async (bytes) => void checkpoints.push(bytes),
      });
      classifier.dispose();
      expect(history.at(-1)?.valAccuracy).toBeGreaterThan(0.9);
      expect(checkpoints).toHaveLength(3);
      expect(inspectTrainingCheckpoint(checkpoints[2]!).epoch).toBe(3);
      expect(tf.memory().numTensors).toBe(before);
    });
  });

  describe('when shouldStop turns true mid-epoch', () => {
    it('stops, reports it and keeps no partial epoch', async () => {
      let batches = 0;
      const { classifier, history, stopped } = await trainClassifier({
        ...TINY_ON_TWO_WORKERS,
        train: brightnessDataset({ count: 64, labels: [HAPPY, SAD], seed: 2 }),
        epochs: 2,
        batchSize: 8,
        seed: 5,
        onBatchEnd: () => {
          batches += 1;
        },
        shouldStop: () => batches >= 3,
      });
      classifier.dispose();
      expect(stopped).toBe(true);
      expect(history).toHaveLength(0);
    });
  });

  describe('when workers is not a positive integer', () => {
    it('throws a RangeError naming workers', async () => {
      await expect(trainWith(0)).rejects.toThrow(/workers must be an integer/);
    });
  });
});
