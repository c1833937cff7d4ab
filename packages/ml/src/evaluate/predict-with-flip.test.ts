import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { createAudioModel } from '../models/create-audio-model.js';
import { createImageModel } from '../models/create-image-model.js';
import { EMOTION_LABELS } from '../models/emotion-labels.js';
import { LayersClassifier } from '../models/layers-classifier.js';
import { seededValues } from '../testing/seeded-values.js';
import { predictWithFlip } from './predict-with-flip.js';

const SIDE = 48;

function mirrored(image: Float32Array): Float32Array {
  return image.map((_, i) => image[Math.floor(i / SIDE) * SIDE + (SIDE - 1 - (i % SIDE))]!);
}

function imageClassifier(): LayersClassifier {
  const preprocessing = { kind: 'image-grayscale', imageSize: SIDE, channels: 1, range: [0, 1] };
  return new LayersClassifier({ model: createImageModel({ filters: 2, dense: 4, seed: 6 }), modality: 'image', labels: EMOTION_LABELS, architecture: 'x', preprocessing });
}

describe('predictWithFlip', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when given images', () => {
    it('averages the probabilities of each image and its mirror', async () => {
      const classifier = imageClassifier();
      const images = [seededValues([SIDE * SIDE], 1).map((v) => (v + 1) / 2), seededValues([SIDE * SIDE], 2).map((v) => (v + 1) / 2)];
      try {
        const [direct, flipped, averaged] = [await classifier.predict(images), await classifier.predict(images.map(mirrored)), await predictWithFlip(classifier, images)];
        averaged.forEach((row, i) => row.forEach((p, c) => expect(p).toBeCloseTo((direct[i]![c]! + flipped[i]![c]!) / 2, 6)));
        expect(averaged[0]!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
        // An image and its mirror get the same answer.
        const [again] = await predictWithFlip(classifier, [mirrored(images[0]!)]);
        again!.forEach((p, c) => expect(p).toBeCloseTo(averaged[0]![c]!, 6));
      } finally {
        classifier.dispose();
      }
    });

    it('leaves no tensors allocated', async () => {
      const classifier = imageClassifier();
      const before = tf.memory().numTensors;
      await predictWithFlip(classifier, [new Float32Array(SIDE * SIDE)]);
      expect(tf.memory().numTensors).toBe(before);
      classifier.dispose();
    });
  });

  describe('when the classifier is not an image classifier', () => {
    it('throws a RangeError', async () => {
      const preprocessing = { kind: 'audio-mfcc-stats' };
      const audio = new LayersClassifier({ model: createAudioModel({ inputSize: 4 }), modality: 'audio', labels: EMOTION_LABELS, architecture: 'x', preprocessing });
      await expect(predictWithFlip(audio, [new Float32Array(4)])).rejects.toThrow(/image classifier/);
      audio.dispose();
    });
  });
});
