import { findCachedFeatures } from '@emolab/core/services';
import type { BatchSource, SampleBatch } from '@emolab/ml/train';
import type { TrainerDeps } from '../deps.js';
import type { IndexedSample } from './sample-index.js';

const CHUNK = 512;

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Reads the features of some samples from the cache, in their order. */
export async function readFeatures(
  samples: readonly IndexedSample[],
  options: { preprocessingKey: string },
  deps: TrainerDeps,
): Promise<SampleBatch> {
  const byHash = await findCachedFeatures(
    { blobHashes: samples.map((s) => s.blobHash), preprocessingKey: options.preprocessingKey },
    deps,
  );
  const kept = samples.filter((s) => byHash.has(s.blobHash));
  return { features: kept.map((s) => byHash.get(s.blobHash)!), labels: kept.map((s) => s.label) };
}

/**
 * Streams samples from PostgreSQL's feature cache a chunk at a time, in a seeded order per epoch
 * (so a resumed run sees exactly the batches it would have), keeping memory flat however large
 * the dataset is.
 */
export function databaseBatchSource(
  samples: readonly IndexedSample[],
  options: { preprocessingKey: string; shuffle: boolean },
  deps: TrainerDeps,
): BatchSource {
  const labelCounts = new Array<number>(7).fill(0);
  for (const s of samples) labelCounts[s.label] = (labelCounts[s.label] ?? 0) + 1;
  return {
    size: samples.length,
    labelCounts,
    async *batches({ seed }) {
      const order = options.shuffle ? shuffled(samples, seed) : samples;
      for (let i = 0; i < order.length; i += CHUNK) yield readFeatures(order.slice(i, i + CHUNK), options, deps);
    },
  };
}
