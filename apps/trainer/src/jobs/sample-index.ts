import { EMOTIONS, type Modality } from '@emolab/core/domain';
import {
  findBlobContents,
  findCachedFeatures,
  readTrainingSamples,
  saveCachedFeatures,
  type TrainingSample,
} from '@emolab/core/services';
import { featureExtractorFor, featuresForSamples, type FeatureExtractor } from '@emolab/ml/preprocess';
import type { TrainerDeps } from '../deps.js';

/** A sample as training sees it: where its features are cached and its label index. */
export interface IndexedSample {
  id: string;
  blobHash: string;
  label: number;
}

/** The samples of a dataset version by role, with their features guaranteed to be in the cache. */
export interface SampleIndex {
  train: IndexedSample[];
  validation: IndexedSample[];
  test: IndexedSample[];
  skipped: number;
  cacheHits: number;
  preprocessingKey: string;
  modality: 'image' | 'audio';
}

// Stable per sample and seed, so a retried or resumed run sees the same validation set.
function isHeldOut(id: string, seed: number): boolean {
  let hash = seed >>> 0;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 10 === 0;
}

/** Computes and caches the features of a page's samples that are not cached yet; returns the hashes that have features. */
async function ensureCached(page: TrainingSample[], extractor: FeatureExtractor, deps: TrainerDeps) {
  const { features, hits } = await featuresForSamples({
    blobHashes: page.map((s) => s.blobHash),
    extractor, // samples that fail to decode now (they were checked at import) are skipped, not fatal
    cache: {
      get: (preprocessingKey, blobHashes) => findCachedFeatures({ blobHashes, preprocessingKey }, deps),
      put: (preprocessingKey, entries) => saveCachedFeatures({ preprocessingKey, entries }, deps),
    },
    readBlobs: (hashes) => findBlobContents({ hashes }, deps),
  });
  return { available: features, hits };
}

/**
 * One pass over a dataset version's labeled samples (page by page, never all bytes in memory):
 * fills the feature cache and splits sample ids into train, validation (seeded 10% hold-out of
 * TRAIN unless the version has a VALIDATION split) and test.
 */
export async function indexSamples(
  input: { datasetVersionId: string; modality: Modality; seed: number },
  deps: TrainerDeps,
): Promise<SampleIndex> {
  const modality = input.modality === 'IMAGE' ? 'image' : 'audio';
  const extractor = featureExtractorFor(modality);
  const index: SampleIndex = {
    train: [],
    validation: [],
    test: [],
    skipped: 0,
    cacheHits: 0,
    preprocessingKey: extractor.key,
    modality,
  };
  for await (const page of readTrainingSamples({ datasetVersionId: input.datasetVersionId }, deps)) {
    const { available, hits } = await ensureCached(page, extractor, deps);
    index.cacheHits += hits;
    for (const sample of page) {
      if (!available.has(sample.blobHash)) {
        index.skipped += 1;
        continue;
      }
      const entry = { id: sample.id, blobHash: sample.blobHash, label: EMOTIONS.indexOf(sample.label) };
      if (sample.split === 'TEST') index.test.push(entry);
      else if (sample.split === 'VALIDATION' || isHeldOut(sample.id, input.seed)) index.validation.push(entry);
      else index.train.push(entry);
    }
  }
  return index;
}
