import type { Emotion, ModelMetrics, ModelVersion } from '../../domain/index.js';
import type { ModelVersionRow } from '../../db/index.js';

/** Every column but the weights, which only the predictor loads. */
export const MODEL_VERSION_SELECT = {
  id: true,
  modality: true,
  accuracy: true,
  macroF1: true,
  architecture: true,
  createdAt: true,
  datasetVersionId: true,
  trainingRunId: true,
  labels: true,
  confusionMatrix: true,
  metrics: true,
  aliases: { select: { name: true } },
  datasetVersion: { select: { dataset: { select: { name: true } } } },
} as const;

type Row = Omit<ModelVersionRow, 'weights' | 'preprocessing' | 'testPredictions'> & {
  aliases: { name: string }[];
  datasetVersion: { dataset: { name: string } };
};

/** Maps a model version row to the domain type. */
export function toModelVersion(row: Row): ModelVersion {
  return {
    id: row.id,
    modality: row.modality,
    accuracy: row.accuracy,
    macroF1: row.macroF1,
    architecture: row.architecture,
    createdAt: row.createdAt,
    aliases: row.aliases.map((a) => a.name).sort(),
    datasetName: row.datasetVersion.dataset.name,
    datasetVersionId: row.datasetVersionId,
    trainingRunId: row.trainingRunId,
    labels: row.labels as Emotion[],
    confusionMatrix: row.confusionMatrix as number[][],
    metrics: (row.metrics ?? null) as ModelMetrics | null,
  };
}
