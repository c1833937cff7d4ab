import 'server-only';
import { graphql } from '../../gql';
import type { CancelTrainingRunMutation } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** What the dashboard can do to an existing run. */
export type RunChange = 'cancel' | 'retry';

const CANCEL_MUTATION = graphql(
  `mutation CancelTrainingRun($id: ID!) { result: cancelTrainingRun(id: $id) { id status } }`,
);
const RETRY_MUTATION = graphql(
  `mutation RetryTrainingRun($id: ID!) { result: retryTrainingRun(id: $id) { id status } }`,
);

/** Cancels (QUEUED/RUNNING) or retries (FAILED/CANCELED) a run; returns its new status. */
export async function changeTrainingRun(options: {
  id: string;
  change: RunChange;
}): Promise<CancelTrainingRunMutation['result']> {
  const variables = { id: options.id };
  const data =
    options.change === 'cancel'
      ? await queryApi(CANCEL_MUTATION, variables)
      : await queryApi(RETRY_MUTATION, variables);
  return data.result;
}
