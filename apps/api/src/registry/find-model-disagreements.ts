import { EMOTIONS, type Emotion } from '@emolab/core/domain';
import { AppError } from '@emolab/core/errors';
import { findBlobContents, findCachedFeatures, findSamples, getModelVersionIdForPrediction, findDatasetVersion } from '@emolab/core/services';
import { argmax } from '@emolab/ml/evaluate';
import { audioFeatureConfigOf, logMelConfigOf, type Classifier } from '@emolab/ml/models';
import { bytesToFeatures, featureCacheKey, InvalidInputError, type BytesToFeaturesOptions } from '@emolab/ml/preprocess';
import type { ApiDeps } from '../deps.js';

/** A labeled sample the model confidently reads as another emotion. */
export interface ModelDisagreement { sampleId: string; label: Emotion; predicted: Emotion; confidence: number }

const PAGE = 512;

/** The feature options the model was trained with (audio models record theirs). */
function featureOptionsOf(classifier: Classifier): BytesToFeaturesOptions {
  if (classifier.modality === 'image') return {};
  const logMel = logMelConfigOf(classifier.preprocessing);
  return logMel ? { logMel } : { audio: audioFeatureConfigOf(classifier.preprocessing) };
}

/** Features of a page of samples: from the cache where present, else decoded here (not cached: this is a read path). */
async function featuresOf(samples: { blobHash: string }[], modality: 'image' | 'audio', options: BytesToFeaturesOptions, deps: ApiDeps) {
  const key = featureCacheKey(modality, options);
  const cached = await findCachedFeatures({ blobHashes: samples.map((s) => s.blobHash), preprocessingKey: key }, deps);
  const missing = samples.map((s) => s.blobHash).filter((h) => !cached.has(h));
  const contents = await findBlobContents({ hashes: missing }, deps);
  for (const hash of missing) {
    const features = await bytesToFeatures(modality, contents.get(hash) ?? new Uint8Array(), options).catch((error: unknown) => {
      if (error instanceof InvalidInputError) return null; // an undecodable sample cannot be reviewed by a model
      throw error;
    });
    if (features) cached.set(hash, features);
  }
  return cached;
}

/**
 * The review queue for active learning: labeled samples of a version where the production (or
 * given) model disagrees with the label at or above `minConfidence`, most confident first.
 */
export async function findModelDisagreements(
  input: { datasetVersionId: string; modelVersionId?: string | null; minConfidence?: number | null; first?: number | null },
  deps: ApiDeps,
): Promise<ModelDisagreement[]> {
  const version = await findDatasetVersion({ id: input.datasetVersionId }, deps);
  if (!version) throw new AppError('NOT_FOUND', `Dataset version ${input.datasetVersionId} not found`);
  const first = await findSamples({ datasetVersionId: version.id, first: 1 }, deps);
  const modality = first.items[0]?.modality;
  if (!modality) return [];
  const modelId = await getModelVersionIdForPrediction({ modality, modelVersionId: input.modelVersionId }, deps);
  const classifier = await deps.models.get(modelId);
  const minConfidence = input.minConfidence ?? 0.8;
  const found: ModelDisagreement[] = [];
  let after: string | null = null;
  do {
    const page = await findSamples({ datasetVersionId: version.id, first: PAGE, after }, deps);
    const labeled = page.items.filter((s) => s.label !== null);
    const features = await featuresOf(labeled, modality === 'IMAGE' ? 'image' : 'audio', featureOptionsOf(classifier), deps);
    const scored = labeled.filter((s) => features.has(s.blobHash));
    const probabilities = await classifier.predict(scored.map((s) => features.get(s.blobHash)!));
    scored.forEach((sample, i) => {
      const row = probabilities[i] ?? [];
      const top = argmax(row);
      const predicted = EMOTIONS.find((e) => e === classifier.labels[top]?.toUpperCase());
      if (predicted && predicted !== sample.label && (row[top] ?? 0) >= minConfidence) {
        found.push({ sampleId: sample.id, label: sample.label!, predicted, confidence: row[top]! });
      }
    });
    after = page.nextCursor;
  } while (after);
  return found.sort((a, b) => b.confidence - a.confidence).slice(0, Math.min(input.first ?? 100, 1000));
}
