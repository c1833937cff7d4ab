import type { ApiClient } from '../api-client.js';

interface RunRow {
  id: string;
  status: string;
  recipe: string;
  datasetName: string;
  progress: number;
  attempts: number;
  createdAt: string;
  error: string | null;
  epochs?: { valAccuracy: number | null }[];
  modelVersion: { id: string; accuracy: number | null } | null;
}

const RUN_FIELDS =
  'id status recipe datasetName progress attempts createdAt error epochs { valAccuracy } modelVersion { id accuracy }';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The held-out figures a run has so far: its best validation accuracy and its model's test accuracy (never training accuracy). */
function heldOut(r: RunRow): string {
  const validation = (r.epochs ?? []).map((e) => e.valAccuracy).filter((v): v is number => v !== null);
  const parts = [
    validation.length > 0 ? `val ${pct(Math.max(...validation))}` : '',
    r.modelVersion?.accuracy == null ? '' : `test ${pct(r.modelVersion.accuracy)}`,
  ];
  return parts
    .filter(Boolean)
    .map((p) => `  ${p}`)
    .join('');
}

/** `emolab runs`: training runs, newest first. */
export async function runsCommand(options: { json: boolean }, api: ApiClient): Promise<Record<string, unknown>> {
  const { trainingRuns } = await api.graphql<{ trainingRuns: RunRow[] }>(`{ trainingRuns { ${RUN_FIELDS} } }`);
  if (!options.json) {
    if (trainingRuns.length === 0) console.log('No training runs yet. Start one: emolab train --dataset NAME --wait');
    for (const r of trainingRuns) {
      console.log(
        `${r.id}  ${r.status.padEnd(9)} ${String(Math.round(r.progress * 100)).padStart(3)}%  ${r.recipe}  ${r.datasetName}${heldOut(r)}${r.error ? `  (${r.error})` : ''}`,
      );
    }
  }
  return { trainingRuns };
}

/** `emolab cancel RUN_ID` and `emolab retry RUN_ID`. */
export async function runActionCommand(
  options: { action: 'cancel' | 'retry'; id: string; json: boolean },
  api: ApiClient,
): Promise<Record<string, unknown>> {
  const mutation = options.action === 'cancel' ? 'cancelTrainingRun' : 'retryTrainingRun';
  const data = await api.graphql<Record<string, RunRow & { cancelRequested: boolean }>>(
    `mutation($id: ID!) { ${mutation}(id: $id) { ${RUN_FIELDS} cancelRequested } }`,
    { id: options.id },
  );
  const run = data[mutation]!;
  if (!options.json) {
    console.log(
      options.action === 'retry'
        ? `Run ${run.id} is queued again; it resumes from its last checkpoint.`
        : run.status === 'CANCELED'
          ? `Run ${run.id} canceled.`
          : `Run ${run.id} will stop at its next batch.`,
    );
  }
  return { runId: run.id, status: run.status, cancelRequested: run.cancelRequested };
}
