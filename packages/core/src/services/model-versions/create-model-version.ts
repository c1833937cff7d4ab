import type { Emotion, Modality, ModelMetrics, ModelVersion } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';
import { MODEL_VERSION_SELECT, toModelVersion } from './to-model-version.js';

export interface CreateModelVersionInput {
  trainingRunId: string;
  modality: Modality;
  datasetVersionId: string;
  architecture: string;
  preprocessing: Record<string, unknown>;
  labels: Emotion[];
  weights: Uint8Array;
  metrics: ModelMetrics;
  confusionMatrix: number[][];
  /** [sampleId, true label index, predicted label index] per test sample. */
  testPredictions?: [string, number, number][];
}

/**
 * Saves a trained model (weights in PostgreSQL, never on local disk) and makes it the modality's
 * `production` model when there is none yet. Saving the same run twice returns the first version.
 */
export async function createModelVersion(input: CreateModelVersionInput, { db }: DbDeps): Promise<ModelVersion> {
  return db.$transaction(async (tx) => {
    const existing = await tx.modelVersion.findUnique({
      where: { trainingRunId: input.trainingRunId },
      select: MODEL_VERSION_SELECT,
    });
    if (existing) return toModelVersion(existing);
    const { id } = await tx.modelVersion.create({
      data: {
        modality: input.modality,
        trainingRunId: input.trainingRunId,
        datasetVersionId: input.datasetVersionId,
        architecture: input.architecture,
        preprocessing: input.preprocessing as object,
        labels: input.labels,
        weights: Buffer.from(input.weights),
        metrics: input.metrics as unknown as object,
        confusionMatrix: input.confusionMatrix,
        testPredictions: input.testPredictions,
        accuracy: input.metrics.accuracy,
        macroF1: input.metrics.macroF1,
      },
    });
    const production = await tx.modelAlias.findUnique({
      where: { name_modality: { name: 'production', modality: input.modality } },
    });
    if (!production) {
      await tx.modelAlias.create({ data: { name: 'production', modality: input.modality, modelVersionId: id } });
      await tx.modelAliasHistory.create({ data: { name: 'production', modality: input.modality, modelVersionId: id } });
    }
    return toModelVersion(await tx.modelVersion.findUniqueOrThrow({ where: { id }, select: MODEL_VERSION_SELECT }));
  });
}
