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
  epochs: { epoch: number; valAccuracy: number | null }[];
  /** Its accuracy is on the test split (or the validation split when the version has no test samples). */
  modelVersion: { id: string; accuracy: number | null } | null;
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
      epochs { epoch valAccuracy }
      modelVersion { id accuracy }
    }
  }
`;

/** Lists the training runs visible to the signed-in key. */
export async function findTrainingRuns(): Promise<TrainingRunSummary[]> {
  const data = await queryApi<{ trainingRuns: TrainingRunSummary[] }>(TRAINING_RUNS_QUERY);
  return data.trainingRuns;
}
