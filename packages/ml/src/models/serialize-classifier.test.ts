import { createHash } from 'node:crypto';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { DEFAULT_AUDIO_FEATURES } from '../preprocess/audio/mfcc/audio-feature-config.js';
import { audioFeatureLength } from '../preprocess/audio/mfcc/audio-feature-length.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { seededValues } from '../testing/seeded-values.js';
import type { AudioPreprocessing } from './classifier-preprocessing.js';
import { createAudioModel } from './create-audio-model.js';
import { createImageModel } from './create-image-model.js';
import { EMOTION_LABELS } from './emotion-labels.js';
import { LayersClassifier } from './layers-classifier.js';
import { loadClassifier } from './load-classifier.js';
import { serializeClassifier } from './serialize-classifier.js';

const AUDIO_LENGTH = audioFeatureLength(DEFAULT_AUDIO_FEATURES);

function audioClassifier(): LayersClassifier {
  const preprocessing: AudioPreprocessing = {
    kind: 'audio-mfcc-stats',
    audio: { ...DEFAULT_AUDIO_FEATURES },
    featureLength: AUDIO_LENGTH,
    standardization: {
      mean: Array.from(seededValues([AUDIO_LENGTH], 1)),
      std: Array.from(seededValues([AUDIO_LENGTH], 2), (v) => 1.5 + v),
    },
  };
  const model = createAudioModel({ inputSize: AUDIO_LENGTH, seed: 3 });
  return new LayersClassifier({
    model,
    modality: 'audio',
    labels: EMOTION_LABELS,
    architecture: 'mfcc-mlp-v1',
    preprocessing,
  });
}

/** SHA-256 over every weight's raw float32 bytes: equal digests mean bit-identical weights. */
function weightDigest(model: tf.LayersModel): string {
  const hash = createHash('sha256');
  for (const weight of model.getWeights()) hash.update((weight.dataSync() as Float32Array).slice());
  return hash.digest('hex');
}

describe('serializeClassifier and loadClassifier', () => {
  let original: LayersClassifier;
  let bytes: Uint8Array;

  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
    original = audioClassifier();
    bytes = await serializeClassifier(original);
  });
  afterAll(() => original.dispose());

  describe('when an audio classifier makes the round trip', () => {
    it('restores every weight bit for bit', async () => {
      const restored = (await loadClassifier(bytes)) as LayersClassifier;
      try {
        expect(weightDigest(restored.model)).toBe(weightDigest(original.model));
      } finally {
        restored.dispose();
      }
    });

    it('restores metadata and predicts identically', async () => {
      const restored = await loadClassifier(bytes);
      try {
        expect(restored.modality).toBe('audio');
        expect(restored.labels).toEqual(EMOTION_LABELS);
        expect(restored.architecture).toBe('mfcc-mlp-v1');
        expect(restored.preprocessing).toEqual(original.preprocessing);
        const inputs = [seededValues([AUDIO_LENGTH], 10), seededValues([AUDIO_LENGTH], 11)];
        expect(await restored.predict(inputs)).toEqual(await original.predict(inputs));
      } finally {
        restored.dispose();
      }
    });

    it('leaves no tensors allocated once disposed', async () => {
      const before = tf.memory().numTensors;
      (await loadClassifier(await serializeClassifier(original))).dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  });

  describe('when an image classifier makes the round trip', () => {
    it('keeps batch-norm statistics and predictions', async () => {
      const preprocessing = { kind: 'image-grayscale', imageSize: 48, channels: 1, range: [0, 1] };
      const image = new LayersClassifier({
        model: createImageModel({ seed: 4 }),
        modality: 'image',
        labels: EMOTION_LABELS,
        architecture: 'cnn-small-v1',
        preprocessing,
      });
      const restored = (await loadClassifier(await serializeClassifier(image))) as LayersClassifier;
      try {
        expect(weightDigest(restored.model)).toBe(weightDigest(image.model));
        const input = [seededValues([48 * 48], 5).map((v) => (v + 1) / 2)];
        expect(await restored.predict(input)).toEqual(await image.predict(input));
      } finally {
        image.dispose();
        restored.dispose();
      }
    });
  });

  describe('when the bytes are not a classifier', () => {
    it('throws InvalidInputError', async () => {
      await expect(
        loadClassifier(new TextEncoder().encode('hello world, not a model at all, really not')),
      ).rejects.toThrow(InvalidInputError);
      await expect(loadClassifier(new Uint8Array(0))).rejects.toThrow(InvalidInputError);
    });
  });

  describe('when the bytes are corrupted or truncated', () => {
    it('throws InvalidInputError', async () => {
      const flipped = bytes.slice();
      flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
      await expect(loadClassifier(flipped)).rejects.toThrow(/checksum/);
      await expect(loadClassifier(bytes.subarray(0, bytes.length - 10))).rejects.toThrow(InvalidInputError);
    });
  });

  describe('when the format version is unknown', () => {
    it('throws InvalidInputError naming the version', async () => {
      const future = bytes.slice();
      new DataView(future.buffer).setUint32(8, 99, true);
      await expect(loadClassifier(future)).rejects.toThrow(/version 99/);
    });
  });
});
