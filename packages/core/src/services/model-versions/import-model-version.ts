import type { Modality, ModelVersion, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { DbDeps } from '../deps.js';
import { MODEL_VERSION_SELECT, toModelVersion } from './to-model-version.js';

export interface ImportModelVersionInput {
  datasetName: string;
  modality: Modality;
  architecture: string;
  preprocessing: Record<string, unknown>;
  labels: string[];
  weights: Uint8Array;
  viewer: Viewer;
}

/**
 * Registers a model trained elsewhere (an exported TensorFlow.js folder) against a dataset's latest
 * version. It has no training run and no test metrics until it is evaluated.
 */
export async function importModelVersion(input: ImportModelVersionInput, { db }: DbDeps): Promise<ModelVersion> {
  assertRole(input.viewer, ['ADMIN', 'TRAINER'], 'import models');
  const dataset = await db.dataset.findUnique({
    where: { name: input.datasetName },
    include: { versions: { orderBy: { number: 'desc' }, take: 1 } },
  });
  if (!dataset?.versions[0]) throw new AppError('NOT_FOUND', `Dataset ${input.datasetName} not found or empty`);
  if (dataset.modality !== input.modality)
    throw new AppError(
      'INVALID_INPUT',
      `The model reads ${input.modality} input but ${dataset.name} holds ${dataset.modality} samples`,
    );
  const { id } = await db.modelVersion.create({
    data: {
      modality: input.modality,
      datasetVersionId: dataset.versions[0].id,
      architecture: input.architecture,
      preprocessing: input.preprocessing as object,
      labels: input.labels.map((l) => l.toUpperCase()),
      weights: new Uint8Array(input.weights),
      metrics: { imported: true },
      confusionMatrix: [],
    },
  });
  return toModelVersion(await db.modelVersion.findUniqueOrThrow({ where: { id }, select: MODEL_VERSION_SELECT }));
}
