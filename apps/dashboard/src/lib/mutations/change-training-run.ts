import 'server-only';
import { queryApi } from '../api/query-api';

/** What the dashboard can do to an existing run. */
export type RunChange = 'cancel' | 'retry';

const MUTATIONS: Record<RunChange, string> = {
  cancel: /* GraphQL */ `mutation CancelTrainingRun($id: ID!) { result: cancelTrainingRun(id: $id) { id status } }`,
  retry: /* GraphQL */ `mutation RetryTrainingRun($id: ID!) { result: retryTrainingRun(id: $id) { id status } }`,
};

/** Cancels (QUEUED/RUNNING) or retries (FAILED/CANCELED) a run; returns its new status. */
export async function changeTrainingRun(options: { id: string; change: RunChange }): Promise<{ id: string; status: string }> {
  const data = await queryApi<{ result: { id: string; status: string } }>(MUTATIONS[options.change], { id: options.id });
  return data.result;
}
