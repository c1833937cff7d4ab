import * as tf from '@tensorflow/tfjs';
import { standardizeInPlace } from '../../models/standardize-in-place.js';
import { InvalidInputError } from '../../preprocess/invalid-input-error.js';
import { packBatches, type PackedBatch } from '../pack-batches.js';
import type { EpochResult, RunEpochOptions } from '../run-epoch.js';
import { deriveSeed, seededRandom } from '../seeded-random.js';
import type { AugmentBatch } from '../train-step.js';
import type { WorkerPool } from './worker-pool.js';

/** Options for {@link runParallelEpoch}: those of runEpoch plus the pool and this epoch's rate. */
export interface RunParallelEpochOptions extends Omit<RunEpochOptions, 'model' | 'optimizer' | 'variables'> {
  pool: WorkerPool;
  learningRate: number;
}

/** Batches dispatched ahead of the one being trained, so loading and augmenting overlap training. */
const IN_FLIGHT = 2;

/** Runs the augment hook on this thread (the workers only train), seeded exactly as single-worker training seeds it. */
function augmentOnMainThread(
  x: Float32Array,
  count: number,
  inputShape: number[],
  augment: AugmentBatch | undefined,
  seed: number,
): Float32Array {
  if (!augment || inputShape.length !== 3) return x;
  return tf.tidy(() => {
    const batch = tf.tensor4d(x, [count, ...(inputShape as [number, number, number])]);
    return augment(batch, seed).dataSync() as Float32Array;
  });
}

/** Splits a batch into contiguous near-equal shards, one per worker (copies, so each can be transferred). */
function shard(batch: PackedBatch, workers: number, featureLength: number): { x: Float32Array; y: Int32Array }[] {
  const count = batch.y.length;
  const shards = [];
  for (let rank = 0; rank < workers; rank++) {
    const start = Math.floor((rank * count) / workers);
    const end = Math.floor(((rank + 1) * count) / workers);
    shards.push({ x: batch.x.slice(start * featureLength, end * featureLength), y: batch.y.slice(start, end) });
  }
  return shards;
}

/**
 * One epoch of synchronous data-parallel training: each batch (same order, same augmentation as
 * runEpoch) is split across the pool's workers, whose gradients are averaged before every update,
 * so it is one optimisation step on the whole batch. Batch norm and dropout act per shard.
 */
export async function runParallelEpoch(options: RunParallelEpochOptions): Promise<EpochResult> {
  const { pool, source, epoch, seed, batchSize, inputShape, standardization, shouldStop, onBatchEnd } = options;
  const featureLength = inputShape.reduce((a, b) => a * b, 1);
  const chunks = source.batches({ epoch, seed: deriveSeed(seed, epoch), batchSize });
  const random = seededRandom(deriveSeed(seed, epoch, 1));
  const batches = Math.max(1, Math.ceil(source.size / batchSize));
  const started = performance.now();
  const inFlight: Promise<{ loss: number; correct: number; count: number }>[] = [];
  let lossSum = 0;
  let correct = 0;
  let seen = 0;
  let batch = 0;
  const settleOldest = async () => {
    const step = await inFlight.shift()!;
    lossSum += step.loss;
    correct += step.correct;
    seen += step.count;
    batch += 1;
    const samplesPerSecond = seen / ((performance.now() - started) / 1000);
    await onBatchEnd?.({ epoch, batch, batches, loss: lossSum / seen, accuracy: correct / seen, samplesPerSecond });
  };
  try {
    for await (const packed of packBatches({
      chunks,
      batchSize,
      featureLength,
      numClasses: options.numClasses,
      name: 'train',
    })) {
      if (shouldStop?.()) {
        await Promise.all(inFlight);
        return { loss: Number.NaN, accuracy: Number.NaN, samplesPerSecond: 0, stopped: true };
      }
      if (standardization) standardizeInPlace(packed.x, standardization);
      const dropoutSeed = Math.floor(random() * 2_147_483_647);
      const augmentSeed = Math.floor(random() * 2_147_483_647);
      const count = packed.y.length;
      const x = augmentOnMainThread(packed.x, count, inputShape, options.augment, augmentSeed);
      const shards = shard({ x, y: packed.y }, pool.size, featureLength).map((s, rank) => ({
        ...s,
        total: count,
        learningRate: options.learningRate,
        dropoutSeed: deriveSeed(dropoutSeed, rank),
      }));
      inFlight.push(
        pool.step(shards).then((replies) =>
          replies.reduce(
            (sum, reply) =>
              reply.type === 'step'
                ? {
                    loss: sum.loss + reply.loss * reply.count,
                    correct: sum.correct + reply.correct,
                    count: sum.count + reply.count,
                  }
                : sum,
            { loss: 0, correct: 0, count: 0 },
          ),
        ),
      );
      if (inFlight.length >= IN_FLIGHT) await settleOldest();
    }
    while (inFlight.length > 0) await settleOldest();
  } finally {
    // Leaves no step running when an error or a stop ends the epoch early.
    await Promise.allSettled(inFlight);
  }
  if (seen === 0) throw new InvalidInputError(`train source yielded no samples in epoch ${epoch}`);
  const seconds = (performance.now() - started) / 1000;
  return { loss: lossSum / seen, accuracy: correct / seen, samplesPerSecond: seen / seconds, stopped: false };
}
