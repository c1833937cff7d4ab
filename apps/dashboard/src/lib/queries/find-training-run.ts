import 'server-only';
import { queryApi } from '../api/query-api';
import type { Modality } from '../api/types';
import { TRAINING_EPOCH_FIELDS, type TrainingEpoch } from './training-epoch';

/** Everything /runs/[id] shows about one training run. */
export interface TrainingRunDetail {
  id: string;
  /** One of RunStatus; typed loosely because the schema declares it a String. */
  status: string;
  modality: Modality;
  datasetName: string;
  datasetVersion: { number: number; sampleCount: number };
  recipe: string;
  hyperparameters: Record<string, unknown>;
  /** Where the trainer ran (backend, CPU, packages, git commit); null until a trainer starts the run. */
  environment: Record<string, unknown> | null;
  /** 0..1 */
  progress: number;
  error: string | null;
  cancelRequested: boolean;
  requiresGpu: boolean;
  attempts: number;
  durationSeconds: number | null;
  epochs: TrainingEpoch[];
  modelVersion: { id: string; accuracy: number | null; aliases: string[] } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const TRAINING_RUN_QUERY = /* GraphQL */ `
  query TrainingRun($id: ID!) {
    trainingRun(id: $id) {
      id
      status
      modality
      datasetName
      datasetVersion { number sampleCount }
      recipe
      hyperparameters
      environment
      progress
      error
      cancelRequested
      requiresGpu
      attempts
      durationSeconds
      epochs { ${TRAINING_EPOCH_FIELDS} }
      modelVersion { id accuracy aliases }
      createdAt
      startedAt
      finishedAt
    }
  }
`;

/** Returns one training run, or null when it does not exist. */
export async function findTrainingRun(id: string): Promise<TrainingRunDetail | null> {
  const data = await queryApi<{ trainingRun: TrainingRunDetail | null }>(TRAINING_RUN_QUERY, { id });
  return data.trainingRun;
}
