import { EMOTIONS, type Modality } from '@emolab/core/domain';
import { findBlobContents, findCachedFeatures, readTrainingSamples, saveCachedFeatures, type TrainingSample } from '@emolab/core/services';
import { bytesToFeatures, featureCacheKey, InvalidInputError } from '@emolab/ml/preprocess';
import type { TrainerDeps } from '../deps.js';

/** Features and label indices of one split. */
export interface LabeledFeatures { features: Float32Array[]; labels: number[] }

export interface TrainingFeatures { train: LabeledFeatures; validation: LabeledFeatures; test: LabeledFeatures; skipped: number; cacheHits: number }

const empty = (): LabeledFeatures => ({ features: [], labels: [] });

// Stable per sample and seed, so a retried run sees the same validation set.
function isHeldOut(id: string, seed: number): boolean {
  let hash = seed >>> 0;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 10 === 0;
}

/** Features of a page of samples: from the cache where present, decoded (and then cached) otherwise. */
async function pageFeatures(page: TrainingSample[], options: { modality: 'image' | 'audio'; key: string }, deps: TrainerDeps) {
  const hashes = page.map((s) => s.blobHash);
  const cached = await findCachedFeatures({ blobHashes: hashes, preprocessingKey: options.key }, deps);
  const missing = [...new Set(hashes.filter((h) => !cached.has(h)))];
  const contents = await findBlobContents({ hashes: missing }, deps);
  const computed = await Promise.all(
    missing.map(async (blobHash) => {
      try {
        return { blobHash, features: await bytesToFeatures(options.modality, contents.get(blobHash) ?? new Uint8Array()) };
      } catch (error) {
        if (error instanceof InvalidInputError) return null; // checked at import; a sample that fails now is skipped, not fatal
        throw error;
      }
    }),
  );
  const fresh = computed.filter((c): c is { blobHash: string; features: Float32Array } => c !== null);
  await saveCachedFeatures({ preprocessingKey: options.key, entries: fresh }, deps);
  for (const { blobHash, features } of fresh) cached.set(blobHash, features);
  return { byHash: cached, hits: hashes.length - missing.length };
}

/** Decodes a dataset version into model inputs: TRAIN (less a seeded 10% validation hold-out), VALIDATION and TEST. */
export async function loadTrainingFeatures(
  input: { datasetVersionId: string; modality: Modality; seed: number },
  deps: TrainerDeps,
): Promise<TrainingFeatures> {
  const result: TrainingFeatures = { train: empty(), validation: empty(), test: empty(), skipped: 0, cacheHits: 0 };
  const modality = input.modality === 'IMAGE' ? 'image' : 'audio';
  const key = featureCacheKey(modality);
  for await (const page of readTrainingSamples({ datasetVersionId: input.datasetVersionId }, deps)) {
    const { byHash, hits } = await pageFeatures(page, { modality, key }, deps);
    result.cacheHits += hits;
    for (const sample of page) {
      const features = byHash.get(sample.blobHash);
      if (!features) {
        result.skipped += 1;
        continue;
      }
      const target =
        sample.split === 'TEST' ? result.test
        : sample.split === 'VALIDATION' || isHeldOut(sample.id, input.seed) ? result.validation
        : result.train;
      target.features.push(features);
      target.labels.push(EMOTIONS.indexOf(sample.label));
    }
  }
  return result;
}
