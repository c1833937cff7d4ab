import { EMOTIONS, type Modality } from '@emolab/core/domain';
import { readTrainingSamples } from '@emolab/core/services';
import { bytesToFeatures, InvalidInputError } from '@emolab/ml/preprocess';
import type { TrainerDeps } from '../deps.js';

/** Features and label indices of one split. */
export interface LabeledFeatures { features: Float32Array[]; labels: number[] }

export interface TrainingFeatures { train: LabeledFeatures; validation: LabeledFeatures; test: LabeledFeatures; skipped: number }

const empty = (): LabeledFeatures => ({ features: [], labels: [] });

// Stable per sample and seed, so a retried run sees the same validation set.
function isHeldOut(id: string, seed: number): boolean {
  let hash = seed >>> 0;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 10 === 0;
}

/** Decodes a dataset version into model inputs: TRAIN (less a seeded 10% validation hold-out), VALIDATION and TEST. */
export async function loadTrainingFeatures(
  input: { datasetVersionId: string; modality: Modality; seed: number },
  deps: TrainerDeps,
): Promise<TrainingFeatures> {
  const result: TrainingFeatures = { train: empty(), validation: empty(), test: empty(), skipped: 0 };
  const modality = input.modality === 'IMAGE' ? 'image' : 'audio';
  for await (const page of readTrainingSamples({ datasetVersionId: input.datasetVersionId }, deps)) {
    const decoded = await Promise.all(
      page.map((sample) =>
        bytesToFeatures(modality, sample.content).catch((error: unknown) => {
          if (error instanceof InvalidInputError) return null; // checked at import; a sample that fails now is skipped, not fatal
          throw error;
        }),
      ),
    );
    page.forEach((sample, i) => {
      const features = decoded[i];
      if (!features) return void (result.skipped += 1);
      const target =
        sample.split === 'TEST' ? result.test
        : sample.split === 'VALIDATION' || isHeldOut(sample.id, input.seed) ? result.validation
        : result.train;
      target.features.push(features);
      target.labels.push(EMOTIONS.indexOf(sample.label));
    });
  }
  return result;
}
