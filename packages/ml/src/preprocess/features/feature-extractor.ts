import { bytesToFeatures, type BytesToFeaturesOptions } from './bytes-to-features.js';
import { featureCacheKey } from './feature-cache-key.js';
import type { Modality } from '../modality.js';

/** What one sample's bytes become for a model, and the cache key naming exactly that. */
export interface FeatureExtractor {
  /** featureCacheKey of the modality and options: equal keys mean identical features. */
  readonly key: string;
  /** The features of one sample (a whole image or clip, as datasets hold them); bad bytes throw InvalidInputError. */
  extract(bytes: Uint8Array): Promise<Float32Array>;
}

/** bytesToFeatures and featureCacheKey bound to one modality and config, so the two never disagree. */
export function featureExtractorFor(modality: Modality, options: BytesToFeaturesOptions = {}): FeatureExtractor {
  const key = featureCacheKey(modality, options);
  return { key, extract: (bytes) => bytesToFeatures(modality, bytes, options) };
}
