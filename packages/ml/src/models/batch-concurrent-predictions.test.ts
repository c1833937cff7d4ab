import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { seededValues } from '../testing/seeded-values.js';
import { batchConcurrentPredictions } from './batch-concurrent-predictions.js';
import type { Classifier } from './classifier.js';
import { createImageModel } from './create-image-model.js';
import { EMOTION_LABELS } from './emotion-labels.js';
import { LayersClassifier } from './layers-classifier.js';

/** A real image classifier that records how many inputs each model call received. */
function countingClassifier(): { classifier: Classifier; calls: number[]; augmented: boolean[] } {
  const inner = new LayersClassifier({
    model: createImageModel({ preset: 'cnn-small', seed: 2 }),
    modality: 'image',
    labels: EMOTION_LABELS,
    architecture: 'cnn-small-v1',
    preprocessing: { kind: 'image-grayscale' },
  });
  const calls: number[] = [];
  const augmented: boolean[] = [];
  const classifier: Classifier = {
    modality: inner.modality,
    labels: inner.labels,
    architecture: inner.architecture,
    preprocessing: inner.preprocessing,
    predict(features, options) {
      calls.push(features.length);
      augmented.push(options?.testTimeAugmentation !== false);
      return inner.predict(features, options);
    },
    dispose: () => inner.dispose(),
  };
  return { classifier, calls, augmented };
}

const image = (seed: number) => seededValues([48 * 48], seed);

describe('batchConcurrentPredictions', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  it('batches only callers that chose the same test-time augmentation', async () => {
    const { classifier, calls, augmented } = countingClassifier();
    const batched = batchConcurrentPredictions(classifier);
    const rows = await Promise.all([
      batched.predict([image(1)]),
      batched.predict([image(2)], { testTimeAugmentation: false }),
      batched.predict([image(3)]),
      batched.predict([image(4)], { testTimeAugmentation: false }),
    ]);
    expect(rows.map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    // Each model call served one kind of caller: as many augmented inputs went with the flag as asked for it.
    expect(calls.filter((_, i) => augmented[i]).reduce((a, b) => a + b, 0)).toBe(2);
    expect(calls.filter((_, i) => !augmented[i]).reduce((a, b) => a + b, 0)).toBe(2);
    batched.dispose();
  });

  it('answers concurrent one-image requests with one model call, each caller getting its own rows', async () => {
    const { classifier, calls } = countingClassifier();
    const direct = await classifier.predict(Array.from({ length: 10 }, (_, i) => image(i)));
    calls.length = 0;
    const batched = batchConcurrentPredictions(classifier);
    const rows = await Promise.all(Array.from({ length: 10 }, (_, i) => batched.predict([image(i)])));
    expect(calls).toEqual([10]);
    rows.forEach((r, i) => {
      expect(r).toHaveLength(1);
      r[0]!.forEach((p, k) => expect(p).toBeCloseTo(direct[i]![k]!, 5));
    });
    batched.dispose();
  });

  it('sends what queued while the model was busy as the next batch', async () => {
    const { classifier, calls } = countingClassifier();
    const batched = batchConcurrentPredictions(classifier);
    const first = batched.predict([image(1)]);
    await new Promise((resolve) => setImmediate(resolve)); // the first call is now running
    const later = Array.from({ length: 5 }, (_, i) => batched.predict([image(10 + i)]));
    await Promise.all([first, ...later]);
    expect(calls).toEqual([1, 5]);
    batched.dispose();
  });

  it('keeps each model call within maxBatch without splitting a caller', async () => {
    const { classifier, calls } = countingClassifier();
    const batched = batchConcurrentPredictions(classifier, { maxBatch: 8 });
    const rows = await Promise.all(
      Array.from({ length: 5 }, (_, i) => batched.predict([image(i), image(i + 100), image(i + 200)])),
    );
    expect(calls).toEqual([6, 6, 3]);
    expect(rows.map((r) => r.length)).toEqual([3, 3, 3, 3, 3]);
    batched.dispose();
  });

  describe('when one caller sends a malformed input', () => {
    it('fails that caller only', async () => {
      const { classifier } = countingClassifier();
      const batched = batchConcurrentPredictions(classifier);
      const results = await Promise.allSettled([
        batched.predict([image(1)]),
        batched.predict([new Float32Array(7)]),
        batched.predict([image(2)]),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(InvalidInputError);
      batched.dispose();
    });
  });

  describe('when disposed with requests still queued', () => {
    it('rejects them instead of leaving them pending', async () => {
      const { classifier } = countingClassifier();
      const batched = batchConcurrentPredictions(classifier);
      const pending = batched.predict([image(1)]);
      batched.dispose();
      await expect(pending).rejects.toThrow(/disposed/);
    });
  });
});
