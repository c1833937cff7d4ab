import type { Hyperparameters, TrainingEpoch, TrainingRun } from '../../domain/index.js';
import type { TrainingRunRow } from '../../db/index.js';

/** The relations a run is loaded with. */
export const TRAINING_RUN_INCLUDE = {
  datasetVersion: { include: { dataset: true } },
  modelVersion: { select: { id: true } },
} as const;

type Row = TrainingRunRow & {
  datasetVersion: { dataset: { name: string; modality: 'IMAGE' | 'AUDIO' } };
  modelVersion: { id: string } | null;
};

/** Maps a run row to the domain type. */
export function toTrainingRun(row: Row): TrainingRun {
  return {
    id: row.id,
    status: row.status,
    modality: row.datasetVersion.dataset.modality,
    datasetName: row.datasetVersion.dataset.name,
    datasetVersionId: row.datasetVersionId,
    recipe: row.recipe,
    hyperparameters: row.hyperparameters as unknown as Hyperparameters,
    environment: (row.environment ?? null) as Record<string, unknown> | null,
    progress: row.progress,
    error: row.error,
    cancelRequested: row.cancelRequestedAt !== null,
    requiresGpu: row.requiresGpu,
    attempts: row.attempts,
    modelVersionId: row.modelVersion?.id ?? null,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

type EpochRow = Omit<TrainingEpoch, never> & { id: string };

/** Maps an epoch row to the domain type. */
export function toTrainingEpoch(row: EpochRow): TrainingEpoch {
  const { epoch, loss, accuracy, valLoss, valAccuracy, learningRate, imagesPerSecond } = row;
  return { epoch, loss, accuracy, valLoss, valAccuracy, learningRate, imagesPerSecond };
}
