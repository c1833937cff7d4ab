import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { seededValues } from '../testing/seeded-values.js';
import { createAudioModel } from './create-audio-model.js';
import { EMOTION_LABELS } from './emotion-labels.js';
import { LayersClassifier } from './layers-classifier.js';

function classifier(): LayersClassifier {
  return new LayersClassifier({
    model: createAudioModel({ inputSize: 8, hidden: 16, seed: 1 }),
    modality: 'audio',
    labels: EMOTION_LABELS,
    architecture: 'mfcc-mlp-v1',
    preprocessing: { standardization: { mean: new Array(8).fill(0.5), std: new Array(8).fill(2) } },
  });
}

describe('LayersClassifier', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when predicting more inputs than one internal batch', () => {
    it('returns one probability row per input', async () => {
      const subject = classifier();
      const inputs = Array.from({ length: 300 }, (_, i) => seededValues([8], i));
      const rows = await subject.predict(inputs);
      expect(rows).toHaveLength(300);
      for (const row of rows) {
        expect(row).toHaveLength(EMOTION_LABELS.length);
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      }
      subject.dispose();
    });

    it('leaves no tensors allocated beyond the model', async () => {
      const subject = classifier();
      const before = tf.memory().numTensors;
      await subject.predict(Array.from({ length: 300 }, (_, i) => seededValues([8], i)));
      expect(tf.memory().numTensors).toBe(before);
      subject.dispose();
    });
  });

  describe('when the preprocessing holds standardisation statistics', () => {
    it('applies them before the model', async () => {
      const subject = classifier();
      const raw = seededValues([8], 3);
      const [viaClassifier] = await subject.predict([raw]);
      const direct = tf.tidy(() => (subject.model.predict(tf.tensor2d(raw.map((v) => (v - 0.5) / 2), [1, 8])) as tf.Tensor).dataSync());
      expectRowClose(viaClassifier!, Array.from(direct));
      subject.dispose();
    });
  });

  describe('when a feature vector has the wrong length', () => {
    it('throws InvalidInputError', async () => {
      const subject = classifier();
      await expect(subject.predict([new Float32Array(3)])).rejects.toThrow(InvalidInputError);
      subject.dispose();
    });
  });

  describe('when disposed twice', () => {
    it('does not throw', () => {
      const subject = classifier();
      subject.dispose();
      expect(() => subject.dispose()).not.toThrow();
    });
  });
});

function expectRowClose(actual: number[], expected: number[]): void {
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 6));
}
