import 'server-only';
import { queryApi } from '../api/query-api';
import type { Modality } from '../api/types';

/** A training run row on /runs. */
export interface TrainingRunSummary {
  id: string;
  /** One of RunStatus; typed loosely because the schema declares it a String. */
  status: string;
  modality: Modality;
  datasetName: string;
  datasetVersion: { number: number };
  /** 0..1 */
  progress: number;
  error: string | null;
  cancelRequested: boolean;
  recipe: string;
  createdAt: string;
  epochs: { epoch: number; accuracy: number; valAccuracy: number | null }[];
  modelVersion: { id: string } | null;
}

const TRAINING_RUNS_QUERY = /* GraphQL */ `
  query TrainingRuns {
    trainingRuns {
      id
      status
      modality
      datasetName
      datasetVersion { number }
      progress
      error
      cancelRequested
      recipe
      createdAt
      epochs { epoch accuracy valAccuracy }
      modelVersion { id }
    }
  }
`;

/** Lists the training runs visible to the signed-in key. */
export async function findTrainingRuns(): Promise<TrainingRunSummary[]> {
  const data = await queryApi<{ trainingRuns: TrainingRunSummary[] }>(TRAINING_RUNS_QUERY);
  return data.trainingRuns;
}
