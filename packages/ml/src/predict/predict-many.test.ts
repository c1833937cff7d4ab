import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import type { Classifier } from '../models/classifier.js';
import { serializeClassifier } from '../models/serialize-classifier.js';
import { facePng, smallImageClassifier } from '../testing/small-classifiers.js';
import { naturalImages } from '../testing/natural-images.js';
import { createPredictor } from './create-predictor.js';
import { loadPredictor } from './load-predictor.js';

/** The real classifier, counting how many model calls reach it. */
function counting(inner: Classifier) {
  const calls: number[] = [];
  const classifier: Classifier = {
    modality: inner.modality,
    labels: inner.labels,
    architecture: inner.architecture,
    preprocessing: inner.preprocessing,
    predict: (features, options) => (calls.push(features.length), inner.predict(features, options)),
    dispose: () => inner.dispose(),
  };
  return { classifier, calls };
}

describe('Predictor.predictMany', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  it('sends every input through the model in one call and returns each result in order', async () => {
    const { classifier, calls } = counting(smallImageClassifier());
    const predictor = createPredictor(classifier);
    try {
      const crops = await Promise.all([facePng(1), facePng(2)]);
      const vectors = naturalImages(3, 5);
      const inputs = [crops[0]!, vectors[0]!, crops[1]!, vectors[1]!, vectors[2]!];
      const batched = await predictor.predictMany(inputs);
      expect(calls).toEqual([5]);
      const alone = await Promise.all(inputs.map((input) => predictor.predict(input)));
      expect(batched.map((r) => r.probabilities)).toEqual(alone.map((r) => r.probabilities));
      expect(batched.map((r) => r.faces.length)).toEqual([1, 0, 1, 0, 0]);
    } finally {
      predictor.dispose();
    }
  });

  it('returns nothing for no inputs', async () => {
    const predictor = createPredictor(smallImageClassifier());
    try {
      expect(await predictor.predictMany([])).toEqual([]);
    } finally {
      predictor.dispose();
    }
  });
});

describe('loadPredictor', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  it('restores serialised model bytes as a predictor that predicts what the original did', async () => {
    const original = smallImageClassifier({ testTimeAugmentation: 'flip' });
    const bytes = await serializeClassifier(original);
    const loaded = await loadPredictor(bytes);
    const reference = createPredictor(original);
    try {
      const crop = await facePng(3);
      const [a, b] = await Promise.all([loaded.predict(crop), reference.predict(crop)]);
      a.probabilities!.forEach((p, c) => expect(p).toBeCloseTo(b.probabilities![c]!, 6));
      expect(loaded.labels).toEqual(original.labels);
    } finally {
      loaded.dispose();
      reference.dispose();
    }
  });
});
