import 'server-only';
import { graphql } from '../../gql';
import type { StartTrainingRunInput, StartTrainingRunMutation } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

const START_TRAINING_RUN_MUTATION = graphql(`
  mutation StartTrainingRun($input: StartTrainingRunInput!) {
    startTrainingRun(input: $input) { id }
  }
`);

/** Queues a training run (the launch form's overrides on top of the recipe's defaults) and returns its id. */
export async function startTrainingRun(
  input: StartTrainingRunInput,
): Promise<StartTrainingRunMutation['startTrainingRun']> {
  const data = await queryApi(START_TRAINING_RUN_MUTATION, { input });
  return data.startTrainingRun;
}
