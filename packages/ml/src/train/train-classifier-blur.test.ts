import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import type { LayersClassifier } from '../models/layers-classifier.js';
import { matchTrainingBlur } from '../preprocess/estimate-blur.js';
import { gaussianBlur } from '../preprocess/gaussian-blur.js';
import { naturalImages } from '../testing/natural-images.js';
import { trainClassifier } from './train-classifier.js';

const train = async (features: Float32Array[]) =>
  (await trainClassifier({ modality: 'image', train: { features, labels: features.map((_, i) => i % 7) }, epochs: 1, batchSize: 16, seed: 1, network: { preset: 'cnn-soft16' } }))
    .classifier as LayersClassifier;

describe('trainClassifier on image sets of different sharpness', () => {
  const sharp = naturalImages(32, 5);

  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when the training images are blurred', () => {
    it('records their blur and blurs sharp inputs to match before predicting', async () => {
      const classifier = await train(sharp.map((image) => gaussianBlur(image, 48, 3)));
      try {
        const sigma = classifier.preprocessing['trainingBlurSigma'] as number;
        expect(sigma).toBeGreaterThan(2.6);
        expect(sigma).toBeLessThan(3.3);
        const input = sharp[0]!;
        const [viaClassifier] = await classifier.predict([input]);
        const direct = tf.tidy(() => Array.from((classifier.model.predict(tf.tensor(matchTrainingBlur(input, 48, sigma), [1, 48, 48, 1])) as tf.Tensor).dataSync()));
        viaClassifier!.forEach((p, i) => expect(p).toBeCloseTo(direct[i]!, 5));
        const unblurred = tf.tidy(() => Array.from((classifier.model.predict(tf.tensor(input, [1, 48, 48, 1])) as tf.Tensor).dataSync()));
        expect(unblurred).not.toEqual(direct);
      } finally {
        classifier.dispose();
      }
    });
  });

  describe('when the training images are sharp', () => {
    it('records their blur but feeds inputs unchanged', async () => {
      const classifier = await train(sharp);
      expect(classifier.preprocessing['trainingBlurSigma']).toBeLessThan(1);
      const [viaClassifier] = await classifier.predict([sharp[0]!]);
      const direct = tf.tidy(() => Array.from((classifier.model.predict(tf.tensor(sharp[0]!, [1, 48, 48, 1])) as tf.Tensor).dataSync()));
      viaClassifier!.forEach((p, i) => expect(p).toBeCloseTo(direct[i]!, 5));
      classifier.dispose();
    });
  });
});
