import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import type { SampleBatch } from './batch-source.js';
import { packBatches } from './pack-batches.js';

async function* chunksOf(sizes: number[]): AsyncIterable<SampleBatch> {
  let next = 0;
  for (const size of sizes) {
    const ids = Array.from({ length: size }, () => next++);
    yield { features: ids.map((i) => Float32Array.of(i, -i)), labels: ids.map((i) => i % 3) };
  }
}

async function collect(chunks: AsyncIterable<SampleBatch>, batchSize: number) {
  const out = [];
  for await (const batch of packBatches({ chunks, batchSize, featureLength: 2, numClasses: 3, name: 'train' }))
    out.push(batch);
  return out;
}

describe('packBatches', () => {
  describe('when chunks do not line up with the batch size', () => {
    it('regroups them into full batches plus a smaller last one, in order', async () => {
      const batches = await collect(chunksOf([3, 1, 5, 2]), 4);
      expect(batches.map((b) => b.y.length)).toEqual([4, 4, 3]);
      expect(Array.from(batches[1]!.x)).toEqual([4, -4, 5, -5, 6, -6, 7, -7]);
      expect(Array.from(batches[2]!.y)).toEqual([8 % 3, 9 % 3, 10 % 3]);
    });
  });

  describe('when a sample is malformed', () => {
    it('throws InvalidInputError naming the source and sample', async () => {
      async function* bad(): AsyncIterable<SampleBatch> {
        yield { features: [Float32Array.of(1, 2)], labels: [0] };
        yield { features: [Float32Array.of(1, 2), Float32Array.of(1)], labels: [0, 1] };
      }
      await expect(collect(bad(), 4)).rejects.toThrow(InvalidInputError);
      await expect(collect(bad(), 4)).rejects.toThrow(/train: sample 2 has 1 values/);
      async function* badLabel(): AsyncIterable<SampleBatch> {
        yield { features: [Float32Array.of(1, 2)], labels: [3] };
      }
      await expect(collect(badLabel(), 4)).rejects.toThrow(/sample 0 has label 3/);
    });
  });
});
