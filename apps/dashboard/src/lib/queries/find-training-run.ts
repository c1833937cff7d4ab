import 'server-only';
import { graphql } from '../../gql';
import type { TrainingRunQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** Everything /runs/[id] shows about one training run. */
export type TrainingRunDetail = NonNullable<TrainingRunQuery['trainingRun']>;

const TRAINING_RUN_QUERY = graphql(`
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
      epochs { ...TrainingEpochFields }
      modelVersion { id accuracy aliases }
      createdAt
      startedAt
      finishedAt
    }
  }
`);

/** Returns one training run, or null when it does not exist. */
export async function findTrainingRun(id: string): Promise<TrainingRunDetail | null> {
  const data = await queryApi(TRAINING_RUN_QUERY, { id });
  return data.trainingRun;
}
