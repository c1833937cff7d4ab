import { EMOTION_LABELS } from '../models/emotion-labels.js';
import type { BatchRequest, BatchSource, SampleBatch } from './batch-source.js';
import { seededRandom, shuffledIndices } from './seeded-random.js';

/** How an in-memory source orders (or draws) each epoch's samples. */
export type InMemorySampling = 'sequential' | 'shuffle' | 'balanced';

/** Options for {@link createInMemorySource}. */
export interface InMemorySourceOptions extends SampleBatch {
  /**
   * 'shuffle' (default): every sample once per epoch, in an order seeded by the request.
   * 'sequential': every sample once, in the given order (for validation).
   * 'balanced': as many draws as samples, each from a class picked uniformly at random, cycling
   * through that class's samples in a seeded order; rare classes repeat, common ones are thinned.
   */
  sampling?: InMemorySampling;
}

function countLabels(labels: readonly number[]): number[] {
  const counts = new Array<number>(EMOTION_LABELS.length).fill(0);
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

/** Indices drawn class-uniformly, each class cycling through its own reshuffled samples. */
function balancedOrder(labels: readonly number[], random: () => number): Uint32Array {
  const byClass = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const members = byClass.get(label);
    if (members) members.push(i);
    else byClass.set(label, [i]);
  });
  const classes = [...byClass.keys()]
    .sort((a, b) => a - b)
    .map((label) => ({ members: byClass.get(label) as number[], order: new Uint32Array(0) as Uint32Array, next: 0 }));
  const out = new Uint32Array(labels.length);
  for (let i = 0; i < out.length; i++) {
    const picked = classes[Math.floor(random() * classes.length)] as (typeof classes)[number];
    if (picked.next >= picked.order.length) {
      picked.order = shuffledIndices(picked.members.length, random);
      picked.next = 0;
    }
    out[i] = picked.members[picked.order[picked.next++] as number] as number;
  }
  return out;
}

/** The epoch's sample indices; undefined means the given order. */
function epochOrder(options: InMemorySourceOptions, seed: number): Uint32Array | undefined {
  const { labels, sampling = 'shuffle' } = options;
  if (sampling === 'sequential') return undefined;
  const random = seededRandom(seed);
  return sampling === 'balanced' ? balancedOrder(labels, random) : shuffledIndices(labels.length, random);
}

/**
 * Adapts feature arrays held in memory to a {@link BatchSource} (trainClassifier does this for
 * `train` and `validation` arrays). Chunks reference the caller's vectors; nothing is copied.
 */
export function createInMemorySource(options: InMemorySourceOptions): BatchSource {
  const { features, labels, sampling = 'shuffle' } = options;
  if (features.length !== labels.length)
    throw new RangeError(`createInMemorySource: ${features.length} feature vectors but ${labels.length} labels`);
  if (!['sequential', 'shuffle', 'balanced'].includes(sampling)) {
    throw new RangeError(
      `createInMemorySource: sampling must be 'sequential', 'shuffle' or 'balanced', got ${String(sampling)}`,
    );
  }
  return {
    size: features.length,
    labelCounts: countLabels(labels),
    async *batches(request: BatchRequest): AsyncIterable<SampleBatch> {
      const order = epochOrder(options, request.seed);
      const pick = (position: number) => (order ? (order[position] as number) : position);
      const chunk = Math.max(1, request.batchSize);
      for (let start = 0; start < features.length; start += chunk) {
        const end = Math.min(features.length, start + chunk);
        const batch: SampleBatch = { features: [], labels: [] };
        for (let p = start; p < end; p++) {
          batch.features.push(features[pick(p)] as Float32Array);
          batch.labels.push(labels[pick(p)] as number);
        }
        yield batch;
      }
    },
  };
}
