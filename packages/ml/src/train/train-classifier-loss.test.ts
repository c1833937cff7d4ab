import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { toneDataset } from '../testing/tone-dataset.js';
import { trainClassifier } from './train-classifier.js';

const HAPPY = 3;
const SAD = 5;

describe('trainClassifier loss shaping', () => {
  const train = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 40, seed: 1 });
  const base = { modality: 'audio' as const, train, epochs: 15, batchSize: 8, seed: 11 };

  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm' })).toBe('wasm');
  });

  describe('when one class has zero weight', () => {
    it('never learns to predict it', async () => {
      const classWeights = [1, 1, 1, 1, 1, 0, 1];
      const { classifier } = await trainClassifier({ ...base, epochs: 5, classWeights });
      try {
        const rows = await classifier.predict(train.features);
        expect(rows.every((row) => row[HAPPY]! > row[SAD]!)).toBe(true);
      } finally {
        classifier.dispose();
      }
    });
  });

  describe('when labels are smoothed', () => {
    it('keeps confident predictions near 1 - smoothing + smoothing / classes', async () => {
      const plain = await trainClassifier(base);
      const smoothed = await trainClassifier({ ...base, labelSmoothing: 0.35 });
      try {
        const meanTop = async (c: typeof plain.classifier) => {
          const tops = (await c.predict(train.features)).map((row) => Math.max(...row));
          return tops.reduce((a, b) => a + b, 0) / tops.length;
        };
        expect(await meanTop(plain.classifier)).toBeGreaterThan(0.95);
        // The smoothed target puts 1 - 0.35 + 0.35 / 7 = 0.70 on the true class.
        expect(await meanTop(smoothed.classifier)).toBeLessThan(0.85);
        expect(smoothed.history.at(-1)!.loss).toBeGreaterThan(plain.history.at(-1)!.loss);
      } finally {
        plain.classifier.dispose();
        smoothed.classifier.dispose();
      }
    });
  });
});
