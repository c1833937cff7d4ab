import { describe, expect, it } from 'vitest';
import { facePng } from '../../testing/small-classifiers.js';
import { featureExtractorFor } from './feature-extractor.js';
import { featuresForSamples, type CachedFeatures, type FeatureCache } from './features-for-samples.js';
import { imageToFeatures } from '../image/image-to-features.js';

/** An in-memory cache keyed like the database's (preprocessing key, blob hash), recording what it was given. */
function memoryCache(options: { writable: boolean }) {
  const store = new Map<string, Float32Array>();
  const puts: CachedFeatures[][] = [];
  const cache: FeatureCache = {
    get: async (key, hashes) =>
      new Map(hashes.flatMap((h) => (store.has(`${key}/${h}`) ? [[h, store.get(`${key}/${h}`)!] as const] : []))),
    ...(options.writable
      ? {
          put: async (key: string, entries: CachedFeatures[]) => {
            puts.push([...entries]);
            for (const e of entries) store.set(`${key}/${e.blobHash}`, e.features);
          },
        }
      : {}),
  };
  return { cache, store, puts };
}

describe('featuresForSamples', () => {
  const extractor = featureExtractorFor('image');
  const blobs = async () =>
    new Map<string, Uint8Array>([
      ['a', await facePng(1)],
      ['b', await facePng(2)],
      ['broken', new Uint8Array([1, 2, 3, 4])],
    ]);
  const reader = (contents: Map<string, Uint8Array>, reads: string[][]) => async (hashes: string[]) => {
    reads.push([...hashes]);
    return new Map(hashes.flatMap((h) => (contents.has(h) ? [[h, contents.get(h)!] as const] : [])));
  };

  describe('when the cache takes entries', () => {
    it('computes what it lacks once, puts it back, and serves it from the cache next time', async () => {
      const contents = await blobs();
      const reads: string[][] = [];
      const { cache, puts } = memoryCache({ writable: true });
      const options = { blobHashes: ['a', 'b', 'a', 'broken'], extractor, cache, readBlobs: reader(contents, reads) };
      const first = await featuresForSamples(options);
      expect([...first.features.keys()].sort()).toEqual(['a', 'b']);
      expect(first.features.get('a')).toEqual(await imageToFeatures(contents.get('a')!));
      expect(first.hits).toBe(0);
      expect(reads).toEqual([['a', 'b', 'broken']]);
      expect(puts.map((p) => p.map((e) => e.blobHash).sort())).toEqual([['a', 'b']]);
      const second = await featuresForSamples(options);
      expect(second.hits).toBe(2);
      expect(reads.at(-1)).toEqual(['broken']);
      expect(second.features.get('b')).toEqual(first.features.get('b'));
    });
  });

  describe('when the cache is read-only', () => {
    it('computes the missing features without storing them', async () => {
      const reads: string[][] = [];
      const { cache, store } = memoryCache({ writable: false });
      const result = await featuresForSamples({
        blobHashes: ['a', 'missing'],
        extractor,
        cache,
        readBlobs: reader(await blobs(), reads),
      });
      expect([...result.features.keys()]).toEqual(['a']);
      expect(store.size).toBe(0);
    });
  });

  describe('when computing a feature fails for another reason than bad input', () => {
    it('rethrows', async () => {
      const { cache } = memoryCache({ writable: false });
      const failing = { key: 'k', extract: () => Promise.reject(new Error('disk gone')) };
      await expect(
        featuresForSamples({ blobHashes: ['a'], extractor: failing, cache, readBlobs: async () => new Map() }),
      ).rejects.toThrow('disk gone');
    });
  });
});
