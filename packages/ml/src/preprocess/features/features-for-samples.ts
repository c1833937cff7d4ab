import type { FeatureExtractor } from './feature-extractor.js';
import { InvalidInputError } from '../invalid-input-error.js';

/** Computed features of one blob, as a cache stores them. */
export interface CachedFeatures {
  blobHash: string;
  features: Float32Array;
}

/** A feature cache reached through callbacks, so ml needs no database. */
export interface FeatureCache {
  /** The cached features of those blobs under a key (absent hashes are simply missing from the map). */
  get(key: string, blobHashes: string[]): Promise<Map<string, Float32Array>>;
  /** Stores freshly computed features; read paths leave it out and compute without caching. */
  put?(key: string, entries: CachedFeatures[]): Promise<void>;
}

/** Options for {@link featuresForSamples}. */
export interface FeaturesForSamplesOptions {
  /** Blobs whose features are wanted (duplicates are read once). */
  blobHashes: readonly string[];
  extractor: FeatureExtractor;
  cache: FeatureCache;
  /** The bytes of blobs the cache lacks; a hash missing from the map counts as an empty file. */
  readBlobs(blobHashes: string[]): Promise<Map<string, Uint8Array>>;
}

/** Features by blob hash, and how many of the distinct blobs the cache already held. */
export interface SampleFeatures {
  features: Map<string, Float32Array>;
  hits: number;
}

/**
 * The features of some samples: from the cache where present, else computed from their bytes
 * (and put back when the cache takes entries). Samples whose bytes do not decode are left out of
 * the map: a model cannot read them, and the caller decides what skipping means.
 */
export async function featuresForSamples(options: FeaturesForSamplesOptions): Promise<SampleFeatures> {
  const { extractor, cache } = options;
  const hashes = [...new Set(options.blobHashes)];
  const features = await cache.get(extractor.key, hashes);
  const hits = hashes.filter((h) => features.has(h)).length;
  const missing = hashes.filter((h) => !features.has(h));
  const contents = await options.readBlobs(missing);
  const computed = await Promise.all(
    missing.map((blobHash) =>
      extractor.extract(contents.get(blobHash) ?? new Uint8Array()).then(
        (vector) => ({ blobHash, features: vector }),
        (error: unknown) => {
          if (error instanceof InvalidInputError) return null; // undecodable samples are left out, not fatal
          throw error;
        },
      ),
    ),
  );
  const fresh = computed.filter((c): c is CachedFeatures => c !== null);
  await cache.put?.(extractor.key, fresh);
  for (const f of fresh) features.set(f.blobHash, f.features);
  return { features, hits };
}
