import { describe, expect, it } from 'vitest';
import type { SampleBatch } from './batch-source.js';
import { createInMemorySource, type InMemorySampling } from './create-in-memory-source.js';

/** Sample i is the one-value vector [i]; labels are 0 for the first 90 and 1 for the last 10. */
const set: SampleBatch = {
  features: Array.from({ length: 100 }, (_, i) => Float32Array.of(i)),
  labels: Array.from({ length: 100 }, (_, i) => (i < 90 ? 0 : 1)),
};

async function drain(sampling: InMemorySampling, seed: number, batchSize = 32) {
  const chunks: SampleBatch[] = [];
  for await (const chunk of createInMemorySource({ ...set, sampling }).batches({ epoch: 1, seed, batchSize }))
    chunks.push(chunk);
  return {
    sizes: chunks.map((c) => c.labels.length),
    ids: chunks.flatMap((c) => c.features.map((f) => f[0]!)),
    labels: chunks.flatMap((c) => c.labels),
  };
}

describe('createInMemorySource', () => {
  describe('when shuffling', () => {
    it('yields every sample once, in an order fixed by the seed, in batch-sized chunks', async () => {
      const [a, b, c] = [await drain('shuffle', 1), await drain('shuffle', 1), await drain('shuffle', 2)];
      expect(a.sizes).toEqual([32, 32, 32, 4]);
      expect([...a.ids].sort((x, y) => x - y)).toEqual(set.features.map((_, i) => i));
      expect(a.ids).toEqual(b.ids);
      expect(a.ids).not.toEqual(c.ids);
      expect(a.labels).toEqual(a.ids.map((id) => set.labels[id]));
    });
  });

  describe('when sequential', () => {
    it('yields the samples in the given order', async () => {
      expect((await drain('sequential', 1)).ids).toEqual(set.features.map((_, i) => i));
    });
  });

  describe('when balanced', () => {
    it('draws both classes about equally often and cycles through the rare one', async () => {
      const { ids, labels } = await drain('balanced', 3);
      expect(ids).toHaveLength(100);
      const rare = labels.filter((l) => l === 1).length;
      expect(rare).toBeGreaterThan(35);
      expect(rare).toBeLessThan(65);
      // Every rare sample appears before any repeats.
      const firstTen = ids.filter((id) => id >= 90).slice(0, 10);
      expect(new Set(firstTen).size).toBe(10);
    });
  });

  describe('when counting labels', () => {
    it('reports samples per class over all seven emotions', () => {
      expect(createInMemorySource(set).labelCounts).toEqual([90, 10, 0, 0, 0, 0, 0]);
    });
  });

  describe('when arrays disagree in length or sampling is unknown', () => {
    it('throws a RangeError', () => {
      expect(() => createInMemorySource({ features: [], labels: [1] })).toThrow(RangeError);
      expect(() => createInMemorySource({ ...set, sampling: 'random' as never })).toThrow(/sampling/);
    });
  });
});
