import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { seededValues } from '../testing/seeded-values.js';
import { naturalImages } from '../testing/natural-images.js';
import { createAudioModel } from './create-audio-model.js';
import { createImageModel } from './create-image-model.js';
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

function imageClassifier(testTimeAugmentation?: 'flip' | 'flip-shift'): LayersClassifier {
  return new LayersClassifier({
    model: createImageModel({ preset: 'cnn-small', filters: 4, dense: 8, seed: 2 }),
    modality: 'image',
    labels: EMOTION_LABELS,
    architecture: 'cnn-small-v1:filters=4,dense=8',
    preprocessing: {
      kind: 'image-grayscale',
      imageSize: 48,
      channels: 1,
      range: [0, 1],
      ...(testTimeAugmentation ? { testTimeAugmentation } : {}),
    },
  });
}

const mirror = (image: Float32Array) => Float32Array.from(image, (_, i) => image[i - (i % 48) + 47 - (i % 48)]!);
/** Border-mirrored (symmetric) index into 48 px. */
const fold = (i: number) => (i < 0 ? -i - 1 : i >= 48 ? 95 - i : i);
/** out(y, x) = in(y + dy, x + dx), the border mirrored. */
const shift = (image: Float32Array, dy: number, dx: number) =>
  Float32Array.from(image, (_, i) => image[fold(Math.floor(i / 48) + dy) * 48 + fold((i % 48) + dx)]!);

describe('LayersClassifier', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when the image model records flip test-time augmentation', () => {
    // 200 images: more than one internal batch once each is doubled by its mirror.
    const images = naturalImages(200, 4);

    it('predicts the mean of each image and its mirror image, unless the call turns it off', async () => {
      const subject = imageClassifier('flip');
      const plain = imageClassifier();
      try {
        const [augmented, off, direct, mirrored] = await Promise.all([
          subject.predict(images),
          subject.predict(images, { testTimeAugmentation: false }),
          plain.predict(images),
          plain.predict(images.map(mirror)),
        ]);
        expect(augmented).toHaveLength(200);
        augmented.forEach((row, r) =>
          row.forEach((p, c) => expect(p).toBeCloseTo((direct[r]![c]! + mirrored[r]![c]!) / 2, 5)),
        );
        off.forEach((row, r) => row.forEach((p, c) => expect(p).toBeCloseTo(direct[r]![c]!, 6)));
        expect(augmented[0]![0]).not.toBeCloseTo(direct[0]![0]!, 6);
      } finally {
        subject.dispose();
        plain.dispose();
      }
    });

    it('with flip-shift, predicts the mean over the image, its mirror, and both shifted 3 px each way', async () => {
      const subject = imageClassifier('flip-shift');
      const plain = imageClassifier();
      try {
        const few = images.slice(0, 30);
        const rows = await subject.predict(few);
        const variants = few.flatMap((image) => {
          const both = [image, mirror(image)];
          return [...both, ...both.flatMap((v) => [shift(v, 0, -3), shift(v, 0, 3), shift(v, -3, 0), shift(v, 3, 0)])];
        });
        const viewRows = await plain.predict(variants);
        rows.forEach((row, r) =>
          row.forEach((p, c) => {
            const mean = viewRows.slice(r * 10, r * 10 + 10).reduce((sum, v) => sum + v[c]!, 0) / 10;
            expect(p).toBeCloseTo(mean, 5);
          }),
        );
      } finally {
        subject.dispose();
        plain.dispose();
      }
    });

    it('refuses a preprocessing record naming an augmentation it does not know', () => {
      const model = createImageModel({ preset: 'cnn-small', filters: 4, dense: 8, seed: 2 });
      expect(
        () =>
          new LayersClassifier({
            model,
            modality: 'image',
            labels: EMOTION_LABELS,
            architecture: 'x',
            preprocessing: {
              kind: 'image-grayscale',
              imageSize: 48,
              channels: 1,
              range: [0, 1],
              testTimeAugmentation: 'ten-crop',
            },
          }),
      ).toThrow(/testTimeAugmentation/);
      model.dispose();
    });
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
      const direct = tf.tidy(() =>
        (
          subject.model.predict(
            tf.tensor2d(
              raw.map((v) => (v - 0.5) / 2),
              [1, 8],
            ),
          ) as tf.Tensor
        ).dataSync(),
      );
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
