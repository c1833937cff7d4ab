import { createHash } from 'node:crypto';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import type { LayersClassifier } from '../models/layers-classifier.js';
import { loadClassifier } from '../models/load-classifier.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { brightnessDataset } from '../testing/brightness-dataset.js';
import { toneDataset } from '../testing/tone-dataset.js';
import type { EpochMetrics } from './epoch-metrics.js';
import { inspectTrainingCheckpoint } from './inspect-training-checkpoint.js';
import type { TrainClassifierOptions } from './train-classifier-options.js';
import { trainClassifier } from './train-classifier.js';

const HAPPY = 3;
const SAD = 5;

/** SHA-256 over every weight's float32 bytes: equal digests mean bit-identical weights. */
function weightDigest(classifier: unknown): string {
  const hash = createHash('sha256');
  for (const weight of (classifier as LayersClassifier).model.getWeights())
    hash.update((weight.dataSync() as Float32Array).slice());
  return hash.digest('hex');
}

/** History without timings, which differ from run to run. */
const untimed = (history: EpochMetrics[]) => history.map(({ samplesPerSecond: _timing, ...rest }) => rest);

/** Adds seeded noise: exercises the augmentation hook and its per-batch seed across a resume. */
const noisy = (batch: tf.Tensor4D, seed: number) =>
  tf.add(batch, tf.randomUniform(batch.shape, -0.05, 0.05, 'float32', seed)) as tf.Tensor4D;

async function straightAndResumed(options: TrainClassifierOptions, stopAfter: number) {
  const straight = await trainClassifier(options);
  const checkpoints: Uint8Array[] = [];
  const first = await trainClassifier({
    ...options,
    onCheckpoint: async (bytes) => void checkpoints.push(bytes),
    shouldStop: () => checkpoints.length >= stopAfter,
  });
  first.classifier.dispose();
  const resumed = await trainClassifier({ ...options, resumeFrom: checkpoints.at(-1) });
  return { straight, first, resumed, checkpoints };
}

describe('trainClassifier checkpoints', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm' })).toBe('wasm');
  });

  describe('when an image run with every stateful option stops after 2 of 4 epochs and resumes', () => {
    const options: TrainClassifierOptions = {
      modality: 'image',
      train: brightnessDataset({ count: 48, labels: [HAPPY, SAD], seed: 1 }),
      validation: brightnessDataset({ count: 16, labels: [HAPPY, SAD], seed: 900 }),
      epochs: 4,
      batchSize: 16,
      seed: 21,
      network: { filters: 4, dense: 8, blockDropout: 0.1 },
      learningRateSchedule: { kind: 'cosine', warmupEpochs: 1 },
      labelSmoothing: 0.1,
      classWeights: 'balanced',
      sampling: 'balanced',
      earlyStopping: { patience: 10 },
      augment: noisy,
    };

    it('ends with bit-identical weights and the same history as the straight run', async () => {
      const { straight, first, resumed } = await straightAndResumed(options, 2);
      try {
        expect(first.stopped).toBe(true);
        expect(first.history).toHaveLength(2);
        expect(weightDigest(resumed.classifier)).toBe(weightDigest(straight.classifier));
        expect(untimed(resumed.history)).toEqual(untimed(straight.history));
        expect(resumed.bestEpoch).toBe(straight.bestEpoch);
      } finally {
        straight.classifier.dispose();
        resumed.classifier.dispose();
      }
    });
  });

  describe('when an audio run of 2 epochs is extended to 4', () => {
    const train = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 24, seed: 1 });
    const options: TrainClassifierOptions = { modality: 'audio', train, epochs: 4, batchSize: 8, seed: 5 };

    it('matches a straight 4-epoch run bit for bit and leaves no tensors behind', async () => {
      const before = tf.memory().numTensors;
      const straight = await trainClassifier(options);
      let checkpoint: Uint8Array | undefined;
      const short = await trainClassifier({
        ...options,
        epochs: 2,
        onCheckpoint: async (bytes) => {
          checkpoint = bytes;
        },
      });
      short.classifier.dispose();
      const resumed = await trainClassifier({ ...options, resumeFrom: checkpoint });
      try {
        expect(weightDigest(resumed.classifier)).toBe(weightDigest(straight.classifier));
        expect(resumed.classifier.preprocessing).toEqual(straight.classifier.preprocessing);
        expect(resumed.history.map((m) => m.epoch)).toEqual([1, 2, 3, 4]);
      } finally {
        straight.classifier.dispose();
        resumed.classifier.dispose();
      }
      expect(tf.memory().numTensors).toBe(before);
    });
  });

  describe('when shouldStop interrupts an epoch part-way', () => {
    it('drops that epoch, and resuming from the last checkpoint repeats it as the straight run did', async () => {
      const train = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 24, seed: 6 });
      const options: TrainClassifierOptions = { modality: 'audio', train, epochs: 3, batchSize: 8, seed: 8 };
      const straight = await trainClassifier(options);
      const checkpoints: Uint8Array[] = [];
      let batchesChecked = 0;
      // Checked before each of 3 batches and after each epoch: the 10th check comes before epoch 3's second batch.
      const cut = await trainClassifier({
        ...options,
        onCheckpoint: async (b) => void checkpoints.push(b),
        shouldStop: () => ++batchesChecked === 10,
      });
      cut.classifier.dispose();
      const resumed = await trainClassifier({ ...options, resumeFrom: checkpoints.at(-1) });
      try {
        expect(cut).toMatchObject({ stopped: true });
        expect(cut.history.map((m) => m.epoch)).toEqual([1, 2]);
        expect(checkpoints).toHaveLength(2);
        expect(weightDigest(resumed.classifier)).toBe(weightDigest(straight.classifier));
      } finally {
        straight.classifier.dispose();
        resumed.classifier.dispose();
      }
    });
  });

  describe('when a checkpoint is inspected', () => {
    it('reports its epoch, seed and history without loading the model', async () => {
      const train = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 8, seed: 2 });
      const checkpoints: Uint8Array[] = [];
      const { classifier } = await trainClassifier({
        modality: 'audio',
        train,
        epochs: 2,
        batchSize: 4,
        seed: 9,
        onCheckpoint: async (b) => void checkpoints.push(b),
      });
      classifier.dispose();
      const info = inspectTrainingCheckpoint(checkpoints[1]!);
      expect(info).toMatchObject({
        modality: 'audio',
        architecture: 'mfcc-mlp-v1',
        epoch: 2,
        seed: 9,
        batchSize: 4,
        finished: false,
      });
      expect(info.history.map((m) => m.epoch)).toEqual([1, 2]);
      await expect(loadClassifier(checkpoints[1]!)).rejects.toThrow(InvalidInputError);
    });
  });

  describe('when the checkpoint bytes are corrupt, truncated or not a checkpoint', () => {
    it('throws InvalidInputError', async () => {
      const train = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 8, seed: 3 });
      let bytes: Uint8Array = new Uint8Array();
      const { classifier } = await trainClassifier({
        modality: 'audio',
        train,
        epochs: 1,
        seed: 1,
        onCheckpoint: async (b) => {
          bytes = b;
        },
      });
      classifier.dispose();
      const flipped = bytes.slice();
      flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
      const resumeFrom = (b: Uint8Array) => trainClassifier({ modality: 'audio', train, epochs: 2, resumeFrom: b });
      await expect(resumeFrom(flipped)).rejects.toThrow(InvalidInputError);
      await expect(resumeFrom(bytes.subarray(0, bytes.length - 7))).rejects.toThrow(InvalidInputError);
      await expect(resumeFrom(new TextEncoder().encode('not a checkpoint at all, just some text'))).rejects.toThrow(
        InvalidInputError,
      );
    });
  });

  describe('when the options disagree with the checkpoint', () => {
    it('throws a RangeError naming the difference', async () => {
      const train = toneDataset({ frequencies: [300, 1500], labels: [HAPPY, SAD], count: 8, seed: 4 });
      let bytes: Uint8Array = new Uint8Array();
      const { classifier } = await trainClassifier({
        modality: 'audio',
        train,
        epochs: 1,
        batchSize: 4,
        seed: 1,
        onCheckpoint: async (b) => {
          bytes = b;
        },
      });
      classifier.dispose();
      const before = tf.memory().numTensors;
      await expect(
        trainClassifier({ modality: 'audio', train, epochs: 2, batchSize: 8, resumeFrom: bytes }),
      ).rejects.toThrow(/batchSize/);
      await expect(
        trainClassifier({ modality: 'audio', train, epochs: 2, batchSize: 4, seed: 2, resumeFrom: bytes }),
      ).rejects.toThrow(/seed/);
      await expect(
        trainClassifier({
          modality: 'image',
          train: brightnessDataset({ count: 2, labels: [HAPPY, SAD], seed: 1 }),
          epochs: 2,
          batchSize: 4,
          resumeFrom: bytes,
        }),
      ).rejects.toThrow(/modality/);
      expect(tf.memory().numTensors).toBe(before);
    });
  });
});
