import { EMOTIONS, type Emotion } from '@emolab/core/domain';
import { AppError } from '@emolab/core/errors';
import {
  findBlobContents,
  findCachedFeatures,
  findDatasetVersion,
  findSamples,
  getModelVersionIdForPrediction,
} from '@emolab/core/services';
import type { Predictor } from '@emolab/ml/predict';
import { featuresForSamples } from '@emolab/ml/preprocess';
import type { ApiDeps } from '../deps.js';

/** A labeled sample the model confidently reads as another emotion. */
export interface ModelDisagreement {
  sampleId: string;
  label: Emotion;
  predicted: Emotion;
  confidence: number;
}

const PAGE = 512;

/** Features of a page of samples: from the cache where present, else computed here (not cached: this is a read path). */
async function featuresOf(samples: { blobHash: string }[], predictor: Predictor, deps: ApiDeps) {
  const { features } = await featuresForSamples({
    blobHashes: samples.map((s) => s.blobHash),
    extractor: predictor.features,
    cache: { get: (preprocessingKey, blobHashes) => findCachedFeatures({ blobHashes, preprocessingKey }, deps) },
    readBlobs: (hashes) => findBlobContents({ hashes }, deps),
  });
  return features;
}

/**
 * The review queue for active learning: labeled samples of a version where the production (or
 * given) model disagrees with the label at or above `minConfidence`, most confident first.
 */
export async function findModelDisagreements(
  input: {
    datasetVersionId: string;
    modelVersionId?: string | null;
    minConfidence?: number | null;
    first?: number | null;
  },
  deps: ApiDeps,
): Promise<ModelDisagreement[]> {
  const version = await findDatasetVersion({ id: input.datasetVersionId }, deps);
  if (!version) throw new AppError('NOT_FOUND', `Dataset version ${input.datasetVersionId} not found`);
  const first = await findSamples({ datasetVersionId: version.id, first: 1 }, deps);
  const modality = first.items[0]?.modality;
  if (!modality) return [];
  const modelId = await getModelVersionIdForPrediction({ modality, modelVersionId: input.modelVersionId }, deps);
  const predictor = await deps.models.get(modelId);
  const minConfidence = input.minConfidence ?? 0.8;
  const found: ModelDisagreement[] = [];
  let after: string | null = null;
  do {
    const page = await findSamples({ datasetVersionId: version.id, first: PAGE, after }, deps);
    const labeled = page.items.filter((s) => s.label !== null);
    const features = await featuresOf(labeled, predictor, deps);
    const scored = labeled.filter((s) => features.has(s.blobHash));
    const results = await predictor.predictMany(scored.map((s) => features.get(s.blobHash)!));
    scored.forEach((sample, i) => {
      const { probabilities, top } = results[i]!;
      const predicted = EMOTIONS.find((e) => e === predictor.labels[top]?.toUpperCase());
      const confidence = probabilities?.[top] ?? 0;
      if (predicted && predicted !== sample.label && confidence >= minConfidence) {
        found.push({ sampleId: sample.id, label: sample.label!, predicted, confidence });
      }
    });
    after = page.nextCursor;
  } while (after);
  return found.sort((a, b) => b.confidence - a.confidence).slice(0, Math.min(input.first ?? 100, 1000));
}
