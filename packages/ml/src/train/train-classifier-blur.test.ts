import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { loadClassifier } from '../models/load-classifier.js';
import { gaussianBlur } from '../preprocess/blur/gaussian-blur.js';
import { naturalImages } from '../testing/natural-images.js';
import { trainClassifier } from './train-classifier.js';

/** Saved by the code that still recorded and matched training blur (see its `about`). */
const fixture = JSON.parse(
  readFileSync(new URL('../testing/fixtures/blur-matched-model.json', import.meta.url), 'utf8'),
) as {
  model: string;
  inputs: { count: number; seed: number };
  expected: number[][];
  unblurred: number[][];
};

describe('blur matching, retired', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm', nativeKernels: false });
  });

  describe('when a new model trains on blurred images', () => {
    it('records no training blur and feeds inputs unchanged', async () => {
      const sharp = naturalImages(32, 5);
      const { classifier } = await trainClassifier({
        modality: 'image',
        train: { features: sharp.map((image) => gaussianBlur(image, 48, 3)), labels: sharp.map((_, i) => i % 7) },
        epochs: 1,
        batchSize: 16,
        seed: 1,
        network: { preset: 'cnn-small', filters: 4, dense: 8 },
      });
      try {
        expect(classifier.preprocessing).not.toHaveProperty('trainingBlurSigma');
        const [viaClassifier] = await classifier.predict([sharp[0]!]);
        const model = (classifier as unknown as { model: tf.LayersModel }).model;
        const direct = tf.tidy(() =>
          Array.from((model.predict(tf.tensor(sharp[0]!, [1, 48, 48, 1])) as tf.Tensor).dataSync()),
        );
        viaClassifier!.forEach((p, i) => expect(p).toBeCloseTo(direct[i]!, 6));
      } finally {
        classifier.dispose();
      }
    });
  });

  describe('when an old model version recorded a training blur', () => {
    it('still blurs its inputs to match and predicts what it predicted before', async () => {
      const classifier = await loadClassifier(new Uint8Array(Buffer.from(fixture.model, 'base64')));
      try {
        expect(classifier.preprocessing['trainingBlurSigma']).toBe(2.4);
        const rows = await classifier.predict(naturalImages(fixture.inputs.count, fixture.inputs.seed));
        rows.forEach((row, r) => row.forEach((p, c) => expect(p).toBeCloseTo(fixture.expected[r]![c]!, 6)));
        // The fixture would pass unblurred if the model ignored its inputs; it does not.
        const gap = Math.max(
          ...fixture.expected.flatMap((row, r) => row.map((p, c) => Math.abs(p - fixture.unblurred[r]![c]!))),
        );
        expect(gap).toBeGreaterThan(1e-3);
      } finally {
        classifier.dispose();
      }
    });
  });
});
