import { createHash } from 'node:crypto';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import type { LayersClassifier } from '../models/layers-classifier.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { brightnessDataset } from '../testing/brightness-dataset.js';
import { toneDataset } from '../testing/tone-dataset.js';
import type { BatchRequest, BatchSource, SampleBatch } from './batch-source.js';
import { createInMemorySource } from './create-in-memory-source.js';
import type { BatchProgress } from './run-epoch.js';
import { trainClassifier } from './train-classifier.js';

const HAPPY = 3;
const SAD = 5;

function weightDigest(classifier: unknown): string {
  const hash = createHash('sha256');
  for (const weight of (classifier as LayersClassifier).model.getWeights())
    hash.update((weight.dataSync() as Float32Array).slice());
  return hash.digest('hex');
}

/** Streams the same shuffled order as the in-memory adapter, but in pages of 5 whatever the batch size, and logs requests. */
function pagedSource(set: SampleBatch, requests: BatchRequest[] = []): BatchSource {
  const inner = createInMemorySource(set);
  return {
    size: set.labels.length,
    labelCounts: inner.labelCounts,
    async *batches(request) {
      requests.push(request);
      yield* inner.batches({ ...request, batchSize: 5 });
    },
  };
}

describe('trainClassifier with streamed data', () => {
  const train = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 24, seed: 1 });
  const validation = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 10, seed: 300 });
  const base = { modality: 'audio' as const, epochs: 3, batchSize: 8, seed: 13 };

  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm' })).toBe('wasm');
  });

  describe('when the source pages do not match the batch size', () => {
    it('trains exactly as on the same arrays in memory, asking for each epoch with its own seed', async () => {
      const requests: BatchRequest[] = [];
      const before = tf.memory().numTensors;
      const streamed = await trainClassifier({
        ...base,
        train: pagedSource(train, requests),
        validation: pagedSource(validation),
      });
      const inMemory = await trainClassifier({ ...base, train, validation });
      try {
        expect(weightDigest(streamed.classifier)).toBe(weightDigest(inMemory.classifier));
        expect(streamed.history.map((m) => m.valAccuracy)).toEqual(inMemory.history.map((m) => m.valAccuracy));
        expect(streamed.classifier.preprocessing).toEqual(inMemory.classifier.preprocessing);
        const epochRequests = requests.slice(1); // the first pass gathers audio standardisation statistics
        expect(epochRequests.map((r) => r.epoch)).toEqual([1, 2, 3]);
        expect(new Set(epochRequests.map((r) => r.seed)).size).toBe(3);
      } finally {
        streamed.classifier.dispose();
        inMemory.classifier.dispose();
      }
      expect(tf.memory().numTensors).toBe(before);
    });
  });

  describe('when onBatchEnd is given', () => {
    it('reports every batch with running loss, accuracy and throughput', async () => {
      const progress: BatchProgress[] = [];
      const { classifier } = await trainClassifier({
        ...base,
        epochs: 2,
        train,
        onBatchEnd: (p) => void progress.push(p),
      });
      classifier.dispose();
      expect(progress.map((p) => [p.epoch, p.batch, p.batches])).toEqual([
        [1, 1, 3],
        [1, 2, 3],
        [1, 3, 3],
        [2, 1, 3],
        [2, 2, 3],
        [2, 3, 3],
      ]);
      expect(progress.every((p) => p.loss > 0 && p.accuracy >= 0 && p.accuracy <= 1 && p.samplesPerSecond > 0)).toBe(
        true,
      );
    });
  });

  describe('when a learning-rate schedule is given', () => {
    it('records each epoch rate in the history', async () => {
      const schedule = { kind: 'step' as const, everyEpochs: 2, factor: 0.5 };
      const { classifier, history } = await trainClassifier({
        ...base,
        epochs: 4,
        train,
        learningRate: 0.002,
        learningRateSchedule: schedule,
      });
      classifier.dispose();
      expect(history.map((m) => m.learningRate)).toEqual([0.002, 0.002, 0.001, 0.001]);
    });
  });

  describe('when validation accuracy cannot improve by minDelta', () => {
    it('stops after patience epochs and restores the first epoch weights', async () => {
      const options = {
        ...base,
        epochs: 10,
        train,
        validation,
        earlyStopping: { monitor: 'valAccuracy' as const, patience: 2, minDelta: 1 },
      };
      let last: Uint8Array | undefined;
      const stopper = await trainClassifier({
        ...options,
        onCheckpoint: async (bytes) => {
          last = bytes;
        },
      });
      const oneEpoch = await trainClassifier({ ...base, epochs: 1, train, validation });
      const resumed = await trainClassifier({ ...options, resumeFrom: last });
      try {
        expect(stopper.history).toHaveLength(3);
        expect(stopper).toMatchObject({ earlyStopped: true, stopped: false, bestEpoch: 1 });
        expect(weightDigest(stopper.classifier)).toBe(weightDigest(oneEpoch.classifier));
        // Resuming a run that early stopping finished trains nothing more and restores the same best weights.
        expect(resumed).toMatchObject({ earlyStopped: true, bestEpoch: 1 });
        expect(resumed.history).toHaveLength(3);
        expect(weightDigest(resumed.classifier)).toBe(weightDigest(oneEpoch.classifier));
      } finally {
        [stopper, oneEpoch, resumed].forEach(({ classifier }) => classifier.dispose());
      }
    });
  });

  describe('when an image run has an augmentation hook', () => {
    it('calls it once per batch with a fresh seed and no leaked tensors', async () => {
      const images = brightnessDataset({ count: 20, labels: [HAPPY, SAD], seed: 5 });
      const seeds: number[] = [];
      const before = tf.memory().numTensors;
      const { classifier } = await trainClassifier({
        modality: 'image',
        train: images,
        epochs: 2,
        batchSize: 8,
        seed: 3,
        network: { filters: 2, dense: 4 },
        augment: (batch, seed) => {
          seeds.push(seed);
          return tf.reverse(batch, 2);
        },
      });
      classifier.dispose();
      expect(seeds).toHaveLength(6);
      expect(new Set(seeds).size).toBe(6);
      expect(tf.memory().numTensors).toBe(before);
    });

    it('rejects an augmentation that changes the batch shape', async () => {
      const images = brightnessDataset({ count: 4, labels: [HAPPY, SAD], seed: 5 });
      const augment = (batch: tf.Tensor4D) => tf.slice(batch, [0, 0, 0, 0], [-1, 40, 40, 1]) as tf.Tensor4D;
      await expect(
        trainClassifier({ modality: 'image', train: images, epochs: 1, network: { filters: 2, dense: 4 }, augment }),
      ).rejects.toThrow(/augment/);
    });
  });

  describe('when a streamed sample is malformed', () => {
    it('throws InvalidInputError naming the sample', async () => {
      const broken: BatchSource = {
        size: 3,
        async *batches() {
          yield {
            features: [train.features[0]!, train.features[1]!, new Float32Array(7)],
            labels: [HAPPY, SAD, HAPPY],
          };
        },
      };
      await expect(trainClassifier({ ...base, train: broken })).rejects.toThrow(InvalidInputError);
      await expect(trainClassifier({ ...base, train: broken })).rejects.toThrow(/sample 2/);
    });
  });

  describe('when options do not fit a streaming source', () => {
    it('throws a RangeError naming the field', async () => {
      const source: BatchSource = { size: 4, batches: async function* () {} };
      await expect(trainClassifier({ ...base, train: source, classWeights: 'balanced' })).rejects.toThrow(
        /labelCounts/,
      );
      await expect(trainClassifier({ ...base, train: source, sampling: 'balanced' })).rejects.toThrow(/sampling/);
      await expect(trainClassifier({ ...base, train, earlyStopping: { patience: 1 } })).rejects.toThrow(
        /earlyStopping needs validation/,
      );
    });
  });
});
