import 'server-only';
import { graphql } from '../../gql';
import type { TrainingRunsQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** A training run row on /runs; its model's accuracy is on the test split (or validation when the version has no test samples). */
export type TrainingRunSummary = TrainingRunsQuery['trainingRuns'][number];

const TRAINING_RUNS_QUERY = graphql(`
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
`);

/** Lists the training runs visible to the signed-in key. */
export async function findTrainingRuns(): Promise<TrainingRunSummary[]> {
  const data = await queryApi(TRAINING_RUNS_QUERY);
  return data.trainingRuns;
}
