import 'server-only';
import { queryApi } from '../api/query-api';

/** Overrides the launch form may send on top of the recipe's defaults. */
export interface StartTrainingRunInput {
  datasetId: string;
  recipe?: string;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  seed?: number;
  modelSize?: 'small' | 'large';
  augmentation?: boolean;
}

const START_TRAINING_RUN_MUTATION = /* GraphQL */ `
  mutation StartTrainingRun($input: StartTrainingRunInput!) {
    startTrainingRun(input: $input) { id }
  }
`;

/** Queues a training run and returns its id. */
export async function startTrainingRun(input: StartTrainingRunInput): Promise<{ id: string }> {
  const data = await queryApi<{ startTrainingRun: { id: string } }>(START_TRAINING_RUN_MUTATION, { input });
  return data.startTrainingRun;
}
