import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { faceFreeCanvas, facePhoto } from '../testing/face-photo.js';
import { facePng, smallImageClassifier } from '../testing/small-classifiers.js';
import { featureCacheKey } from '../preprocess/features/feature-cache-key.js';
import { matchTrainingBlur } from '../preprocess/blur/estimate-blur.js';
import { imageToFeatures } from '../preprocess/image/image-to-features.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { createPredictor } from './create-predictor.js';
import { decodeInput } from './decode-input.js';

const expectRowsClose = (actual: readonly number[], expected: readonly number[], digits = 6) =>
  actual.forEach((p, c) => expect(p).toBeCloseTo(expected[c]!, digits));

describe('createPredictor for an image model', () => {
  let crop: Buffer;
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
    crop = await facePng(7);
  });

  describe('when given a small pre-cropped face', () => {
    it('reads it whole as one face and predicts what the classifier predicts for its features', async () => {
      const predictor = createPredictor(smallImageClassifier());
      const direct = smallImageClassifier();
      try {
        const result = await predictor.predict(crop);
        const [expected] = await direct.predict([await imageToFeatures(crop)]);
        expect(result.faces).toHaveLength(1);
        expect(result.faces[0]!.box).toEqual({ x: 0, y: 0, width: 48, height: 48 });
        expect(result.faces[0]!.detectionScore).toBe(1);
        expectRowsClose(result.probabilities!, expected!);
        expect(result.top).toBe(expected!.indexOf(Math.max(...expected!)));
        expect(result.windows).toEqual([]);
      } finally {
        predictor.dispose();
        direct.dispose();
      }
    });
  });

  describe('when the model records flip test-time augmentation', () => {
    it('applies it by default and skips it when the call turns it off', async () => {
      const predictor = createPredictor(smallImageClassifier({ testTimeAugmentation: 'flip' }));
      const plain = smallImageClassifier();
      try {
        const features = await imageToFeatures(crop);
        const mirrored = Float32Array.from(features, (_, i) => features[i - (i % 48) + 47 - (i % 48)]!);
        const [[direct], [mirror]] = await Promise.all([plain.predict([features]), plain.predict([mirrored])]);
        const on = await predictor.predict(crop);
        const off = await predictor.predict(crop, { testTimeAugmentation: false });
        expectRowsClose(
          on.probabilities!,
          direct!.map((p, c) => (p + mirror![c]!) / 2),
          5,
        );
        expectRowsClose(off.probabilities!, direct!);
      } finally {
        predictor.dispose();
        plain.dispose();
      }
    });
  });

  describe('when an old model recorded a soft training blur', () => {
    it('blurs each input up to it, exactly as the classifier did before', async () => {
      const predictor = createPredictor(smallImageClassifier({ trainingBlurSigma: 2.9 }));
      const sharpModel = smallImageClassifier();
      try {
        const features = await imageToFeatures(crop);
        const [expected] = await sharpModel.predict([matchTrainingBlur(features, 48, 2.9)]);
        const [unblurred] = await sharpModel.predict([features]);
        const result = await predictor.predict(crop);
        expectRowsClose(result.probabilities!, expected!);
        expect(result.probabilities![0]).not.toBeCloseTo(unblurred![0]!, 6);
      } finally {
        predictor.dispose();
        sharpModel.dispose();
      }
    });
  });

  describe('when given a photo', () => {
    it('predicts every face, largest first, the largest as the image', async () => {
      const predictor = createPredictor(smallImageClassifier());
      try {
        const result = await predictor.predict(await facePhoto());
        expect(result.faces).toHaveLength(3);
        const areas = result.faces.map((f) => f.box.width * f.box.height);
        expect(areas).toEqual([...areas].sort((a, b) => b - a));
        expect(result.probabilities).toEqual(result.faces[0]!.probabilities);
        expect(result.image).toEqual({ width: 1920, height: 1280 });
      } finally {
        predictor.dispose();
      }
    });

    it('returns no probabilities for a photo without a face', async () => {
      const predictor = createPredictor(smallImageClassifier());
      try {
        const result = await predictor.predict(await faceFreeCanvas('blank'));
        expect(result).toMatchObject({ probabilities: null, top: -1, faces: [], image: { width: 640, height: 480 } });
      } finally {
        predictor.dispose();
      }
    });
  });

  describe('when given features or decoded input', () => {
    it('names its cache key and computes the features a dataset sample gives the model', async () => {
      const predictor = createPredictor(smallImageClassifier());
      try {
        expect(predictor.features.key).toBe(featureCacheKey('image'));
        expect(await predictor.featuresFromBytes(crop)).toEqual(await imageToFeatures(crop));
      } finally {
        predictor.dispose();
      }
    });

    it('predicts the same from bytes, decoded bytes and feature vectors', async () => {
      const predictor = createPredictor(smallImageClassifier());
      try {
        const [fromBytes, fromDecoded, fromFeatures] = await Promise.all([
          predictor.predict(crop),
          predictor.predict(await decodeInput('image', crop)),
          predictor.predict(await predictor.featuresFromBytes(crop)),
        ]);
        expectRowsClose(fromDecoded.probabilities!, fromBytes.probabilities!);
        expectRowsClose(fromFeatures.probabilities!, fromBytes.probabilities!);
        expect(fromFeatures.faces).toEqual([]);
      } finally {
        predictor.dispose();
      }
    });

    it('refuses audio with InvalidInputError', async () => {
      const predictor = createPredictor(smallImageClassifier());
      try {
        const audio = { modality: 'audio' as const, audio: { samples: new Float32Array(16_000), sampleRate: 16_000 } };
        await expect(predictor.predict(audio)).rejects.toThrow(InvalidInputError);
      } finally {
        predictor.dispose();
      }
    });
  });

  it('leaves no tensors allocated', async () => {
    const predictor = createPredictor(smallImageClassifier({ testTimeAugmentation: 'flip-shift' }));
    try {
      await predictor.predict(crop);
      const before = tf.memory().numTensors;
      await predictor.predictMany([crop, crop]);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      predictor.dispose();
    }
  });
});
