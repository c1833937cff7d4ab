import type * as tf from '@tensorflow/tfjs';
import type { FeatureStandardization } from '../models/classifier-preprocessing.js';
import { packBatch } from './pack-batch.js';
import { shuffledIndices } from './seeded-random.js';
import type { LabelledFeatures } from './train-classifier-options.js';
import { trainStep } from './train-step.js';

/** Everything one pass over the training set needs. */
export interface RunEpochOptions {
  model: tf.LayersModel;
  optimizer: tf.Optimizer;
  train: LabelledFeatures;
  batchSize: number;
  inputShape: number[];
  numClasses: number;
  standardization?: FeatureStandardization;
  random: () => number;
  shouldStop?: () => boolean;
}

/** What one epoch measured; `stopped` means shouldStop cut it short. */
export interface EpochResult {
  loss: number;
  accuracy: number;
  samplesPerSecond: number;
  stopped: boolean;
}

/** tfjs reuses a fixed dropout seed for every call, so each batch gets a fresh one from our PRNG. */
export function reseedDropout(model: tf.LayersModel, random: (() => number) | undefined): void {
  for (const layer of model.layers) {
    if (layer.getClassName() === 'Dropout') {
      (layer as unknown as { seed?: number }).seed = random ? Math.floor(random() * 2_147_483_647) : undefined;
    }
  }
}

/** Lets timers and I/O (e.g. job lock renewals) run between batches. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One shuffled pass over the training set in mini-batches. */
export async function runEpoch(options: RunEpochOptions): Promise<EpochResult> {
  const { model, optimizer, train, batchSize, inputShape, numClasses, standardization, random, shouldStop } = options;
  const featureLength = inputShape.reduce((a, b) => a * b, 1);
  const order = shuffledIndices(train.features.length, random);
  const started = performance.now();
  let lossSum = 0;
  let correct = 0;
  let seen = 0;
  for (let start = 0; start < order.length; start += batchSize) {
    if (shouldStop?.()) return { loss: Number.NaN, accuracy: Number.NaN, samplesPerSecond: 0, stopped: true };
    const indices = order.subarray(start, start + batchSize);
    const { x, y } = packBatch({ ...train, indices, featureLength, standardization });
    reseedDropout(model, random);
    const step = await trainStep({ model, optimizer, x, y, inputShape, numClasses });
    lossSum += step.loss * y.length;
    correct += step.correct;
    seen += y.length;
    await yieldToEventLoop();
  }
  const seconds = (performance.now() - started) / 1000;
  return { loss: lossSum / seen, accuracy: correct / seen, samplesPerSecond: seen / seconds, stopped: false };
}
