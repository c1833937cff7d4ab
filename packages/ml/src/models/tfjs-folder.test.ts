import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/index.js';
import { audioFeatureLength } from '../preprocess/audio/mfcc/audio-feature-length.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { trainClassifier } from '../train/index.js';
import { loadClassifier } from './load-classifier.js';
import type { LayersClassifier } from './layers-classifier.js';
import { serializeClassifier } from './serialize-classifier.js';
import { fromTfjsFolder, toTfjsFolder } from './tfjs-folder.js';

const LENGTH = audioFeatureLength();

describe('toTfjsFolder', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    await initBackend();
    const features = Array.from({ length: 16 }, (_, i) =>
      Float32Array.from({ length: LENGTH }, (_, j) => (((i % 2) * 2 - 1) * (j + 1)) / LENGTH),
    );
    const { classifier } = await trainClassifier({
      modality: 'audio',
      train: { features, labels: features.map((_, i) => (i % 2 ? 1 : 4)) },
      epochs: 1,
      seed: 5,
    });
    bytes = await serializeClassifier(classifier);
    classifier.dispose();
  });

  it('writes a folder tf.loadLayersModel loads, predicting like the original', async () => {
    const folder = toTfjsFolder(bytes);
    const modelJson = JSON.parse(folder['model.json']) as {
      weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
      modelTopology: object;
    };
    const shard = folder[modelJson.weightsManifest[0]!.paths[0]!] as Uint8Array;
    const model = await tf.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest[0]!.weights,
        weightData: shard.slice().buffer,
      }),
    );
    const original = (await loadClassifier(bytes)) as LayersClassifier;
    const input = tf.tensor2d(
      Float32Array.from({ length: LENGTH }, (_, j) => j / LENGTH),
      [1, LENGTH],
    );
    const [fromFolder, fromOriginal] = [model, original.model].map((m) =>
      Array.from((m.predict(input) as tf.Tensor).dataSync()),
    );
    expect(fromFolder).toHaveLength(7);
    expect(fromFolder).toEqual(fromOriginal);
    input.dispose();
    model.dispose();
    original.dispose();
  });

  it('imports back bit-exactly', () => {
    expect(fromTfjsFolder(toTfjsFolder(bytes))).toEqual(bytes);
  });

  describe('when a weight file is missing', () => {
    it('throws InvalidInputError naming it', () => {
      const folder = toTfjsFolder(bytes);
      expect(() => fromTfjsFolder({ 'model.json': folder['model.json'] })).toThrow(InvalidInputError);
      expect(() => fromTfjsFolder({ 'model.json': folder['model.json'] })).toThrow(/group1-shard1of1.bin/);
    });
  });

  describe('when model.json lacks Emolab metadata', () => {
    it('throws InvalidInputError', () => {
      expect(() => fromTfjsFolder({ 'model.json': '{"modelTopology":{}}' })).toThrow(/userDefinedMetadata/);
    });
  });
});
