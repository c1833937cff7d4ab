import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { argmax } from '../evaluate/argmax.js';
import type { LayersClassifier } from '../models/layers-classifier.js';
import { brightnessDataset } from '../testing/brightness-dataset.js';
import { toneDataset } from '../testing/tone-dataset.js';
import type { EpochMetrics } from './epoch-metrics.js';
import { trainClassifier } from './train-classifier.js';

const HAPPY = 3;
const SAD = 5;

async function accuracy(
  classifier: { predict(f: Float32Array[]): Promise<number[][]> },
  set: { features: Float32Array[]; labels: number[] },
) {
  const rows = await classifier.predict(set.features);
  return rows.filter((row, i) => argmax(row) === set.labels[i]).length / rows.length;
}

describe('trainClassifier', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm' })).toBe('wasm');
  });

  describe('when learning bright versus dark images', () => {
    it('separates held-out images and leaves only the classifier allocated', async () => {
      const train = brightnessDataset({ count: 96, labels: [HAPPY, SAD], seed: 1 });
      const validation = brightnessDataset({ count: 32, labels: [HAPPY, SAD], seed: 1000 });
      const before = tf.memory().numTensors;
      const epochs: EpochMetrics[] = [];
      const { classifier, history } = await trainClassifier({
        modality: 'image',
        train,
        validation,
        epochs: 3,
        batchSize: 16,
        seed: 7,
        network: { filters: 4, dense: 16 },
        onEpochEnd: (metrics) => void epochs.push(metrics),
      });
      try {
        expect(history).toHaveLength(3);
        expect(epochs).toEqual(history);
        expect(history.at(-1)?.valAccuracy).toBeGreaterThan(0.9);
        expect(await accuracy(classifier, validation)).toBeGreaterThan(0.9);
        expect(classifier.architecture).toBe('cnn-small-v1:filters=4,dense=16');
        expect(history[0]?.samplesPerSecond).toBeGreaterThan(0);
      } finally {
        classifier.dispose();
      }
      expect(tf.memory().numTensors).toBe(before);
    });
  });

  describe('when learning two tones', () => {
    const train = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 40, seed: 1 });
    const validation = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 20, seed: 500 });
    const options = { modality: 'audio' as const, train, validation, epochs: 15, batchSize: 8, seed: 11 };

    it('classifies held-out clips and records standardisation statistics', async () => {
      const { classifier, history } = await trainClassifier(options);
      try {
        expect(history.at(-1)?.valAccuracy).toBeGreaterThan(0.9);
        expect(await accuracy(classifier, validation)).toBeGreaterThan(0.9);
        const { standardization } = classifier.preprocessing as { standardization: { mean: number[]; std: number[] } };
        expect(standardization.mean).toHaveLength(160); // 40 MFCCs and their deltas, mean and std each
        expect(standardization.std.every((s) => s > 0)).toBe(true);
      } finally {
        classifier.dispose();
      }
    });

    it('reproduces the same weights from the same seed', async () => {
      const runs = [await trainClassifier({ ...options, epochs: 2 }), await trainClassifier({ ...options, epochs: 2 })];
      try {
        const weights = runs.map(({ classifier }) =>
          (classifier as LayersClassifier).model.getWeights().map((w) => Array.from(w.dataSync())),
        );
        expect(weights[0]).toEqual(weights[1]);
        expect(runs[0]?.history.map((m) => m.loss)).toEqual(runs[1]?.history.map((m) => m.loss));
      } finally {
        runs.forEach(({ classifier }) => classifier.dispose());
      }
    });
  });

  describe('when shouldStop returns true', () => {
    it('stops before the next batch and says so', async () => {
      const train = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 16, seed: 3 });
      let batches = 0;
      const { classifier, history, stopped } = await trainClassifier({
        modality: 'audio',
        train,
        epochs: 5,
        batchSize: 4,
        shouldStop: () => ++batches > 2,
      });
      classifier.dispose();
      expect(stopped).toBe(true);
      expect(history).toHaveLength(0);
    });
  });

  describe('when options are invalid', () => {
    it('throws a RangeError naming the field', async () => {
      const train = { features: [new Float32Array(52)], labels: [9] };
      await expect(trainClassifier({ modality: 'audio', train, epochs: 1 })).rejects.toThrow(/train\.labels\[0\]/);
      await expect(
        trainClassifier({ modality: 'audio', train: { features: [new Float32Array(3)], labels: [0] }, epochs: 1 }),
      ).rejects.toThrow(/train\.features\[0\]/);
      await expect(trainClassifier({ modality: 'image', train, epochs: 0 })).rejects.toThrow(/epochs/);
    });
  });
});
