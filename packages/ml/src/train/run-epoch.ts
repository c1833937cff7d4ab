import type * as tf from '@tensorflow/tfjs';
import type { FeatureStandardization } from '../models/classifier-preprocessing.js';
import { standardizeInPlace } from '../models/standardize-in-place.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import type { BatchSource } from './batch-source.js';
import { setAdamLearningRate } from './adam-state.js';
import { packBatches } from './pack-batches.js';
import { deriveSeed, seededRandom } from './seeded-random.js';
import { trainStep, type StepLossOptions } from './train-step.js';

/** Progress after each training batch; loss and accuracy are running means over the epoch so far. */
export interface BatchProgress {
  /** 1-based. */
  epoch: number;
  /** 1-based index of the batch just finished. */
  batch: number;
  /** Batches expected this epoch (from the source's size). */
  batches: number;
  loss: number;
  accuracy: number;
  /** Training throughput of the epoch so far. */
  samplesPerSecond: number;
}

/** Everything one pass over the training source needs. */
export interface RunEpochOptions extends StepLossOptions {
  model: tf.LayersModel;
  optimizer: tf.Optimizer;
  variables: tf.Variable[];
  source: BatchSource;
  /** 1-based. */
  epoch: number;
  /** The run's seed; the epoch's order, dropout masks and augmentation derive from it and `epoch`. */
  seed: number;
  batchSize: number;
  inputShape: number[];
  standardization?: FeatureStandardization;
  shouldStop?: () => boolean;
  onBatchEnd?: (progress: BatchProgress) => void | Promise<void>;
  /** Step-wise schedules: the rate for the 1-based batch about to run, set on the optimizer before it. */
  learningRateAt?: (batch: number) => number;
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

/** One pass over the training source in mini-batches of exactly `batchSize` (the last may be smaller). */
export async function runEpoch(options: RunEpochOptions): Promise<EpochResult> {
  const { source, epoch, seed, batchSize, inputShape, standardization, shouldStop, onBatchEnd } = options;
  const featureLength = inputShape.reduce((a, b) => a * b, 1);
  const chunks = source.batches({ epoch, seed: deriveSeed(seed, epoch), batchSize });
  const random = seededRandom(deriveSeed(seed, epoch, 1));
  const batches = Math.max(1, Math.ceil(source.size / batchSize));
  const started = performance.now();
  let lossSum = 0;
  let correct = 0;
  let seen = 0;
  let batch = 0;
  for await (const { x, y } of packBatches({
    chunks,
    batchSize,
    featureLength,
    numClasses: options.numClasses,
    name: 'train',
  })) {
    if (shouldStop?.()) return { loss: Number.NaN, accuracy: Number.NaN, samplesPerSecond: 0, stopped: true };
    if (standardization) standardizeInPlace(x, standardization);
    reseedDropout(options.model, random);
    const augmentSeed = Math.floor(random() * 2_147_483_647);
    if (options.learningRateAt)
      setAdamLearningRate(options.optimizer as tf.AdamOptimizer, options.learningRateAt(batch + 1));
    const step = await trainStep({ ...options, x, y, augmentSeed });
    lossSum += step.loss * y.length;
    correct += step.correct;
    seen += y.length;
    batch += 1;
    const samplesPerSecond = seen / ((performance.now() - started) / 1000);
    await onBatchEnd?.({ epoch, batch, batches, loss: lossSum / seen, accuracy: correct / seen, samplesPerSecond });
    await yieldToEventLoop();
  }
  if (seen === 0) throw new InvalidInputError(`train source yielded no samples in epoch ${epoch}`);
  const seconds = (performance.now() - started) / 1000;
  return { loss: lossSum / seen, accuracy: correct / seen, samplesPerSecond: seen / seconds, stopped: false };
}
