import type { ApiClient } from '../api-client.js';
import { CliError } from '../cli-error.js';
import { createProgressBar } from '../progress-bar.js';

export interface TrainOptions {
  dataset: string;
  recipe?: string;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  seed?: number;
  modelSize?: string;
  augmentation?: boolean;
  requiresGpu?: boolean;
  wait: boolean;
  json: boolean;
}

interface RunState {
  id: string;
  status: string;
  error: string | null;
  progress: number;
  epochs: {
    epoch: number;
    loss: number;
    accuracy: number;
    valAccuracy: number | null;
    imagesPerSecond: number | null;
  }[];
  modelVersion: { id: string; accuracy: number | null; macroF1: number | null } | null;
}

const RUN_FIELDS =
  'id status error progress epochs { epoch loss accuracy valAccuracy imagesPerSecond } modelVersion { id accuracy macroF1 }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pct = (x: number | null | undefined) => (x == null ? '-' : `${(x * 100).toFixed(1)}%`);

/** `emolab train`: enqueues a run and, with --wait, follows it epoch by epoch; fails when the run fails. */
export async function trainCommand(options: TrainOptions, api: ApiClient): Promise<Record<string, unknown>> {
  const { startTrainingRun: started } = await api.graphql<{ startTrainingRun: RunState }>(
    `mutation($input: StartTrainingRunInput!) { startTrainingRun(input: $input) { ${RUN_FIELDS} } }`,
    {
      input: {
        datasetName: options.dataset,
        recipe: options.recipe,
        epochs: options.epochs,
        batchSize: options.batchSize,
        learningRate: options.learningRate,
        seed: options.seed,
        modelSize: options.modelSize,
        augmentation: options.augmentation,
        requiresGpu: options.requiresGpu,
      },
    },
  );
  if (!options.wait) {
    if (!options.json)
      console.log(`Queued run ${started.id}. Follow it with: emolab train ... --wait, or in the dashboard.`);
    return { runId: started.id, status: started.status, modelVersionId: null };
  }
  const bar = createProgressBar('train', { enabled: !options.json });
  let run = started;
  let printed = 0;
  while (!['SUCCEEDED', 'FAILED', 'CANCELED'].includes(run.status)) {
    await sleep(1000);
    ({ trainingRun: run } = await api.graphql<{ trainingRun: RunState }>(
      `query($id: ID!) { trainingRun(id: $id) { ${RUN_FIELDS} } }`,
      { id: started.id },
    ));
    for (const e of run.epochs.slice(printed)) {
      if (!options.json)
        process.stderr.write(
          `epoch ${e.epoch}: loss ${e.loss.toFixed(4)} train acc ${pct(e.accuracy)} val acc ${pct(e.valAccuracy)} ${e.imagesPerSecond ? `${e.imagesPerSecond.toFixed(0)} samples/s` : ''}\n`,
        );
    }
    printed = run.epochs.length;
    bar.update(Math.round(run.progress * 100), 100, run.status.toLowerCase());
  }
  bar.done();
  const result = {
    runId: run.id,
    status: run.status,
    modelVersionId: run.modelVersion?.id ?? null,
    accuracy: run.modelVersion?.accuracy ?? null,
    macroF1: run.modelVersion?.macroF1 ?? null,
    error: run.error,
  };
  if (run.status !== 'SUCCEEDED')
    throw Object.assign(
      new CliError(`Run ${run.id} ${run.status.toLowerCase()}: ${run.error ?? 'no reason given'}`, run.status),
      { result },
    );
  if (!options.json)
    console.log(
      `Run ${run.id} succeeded: model ${result.modelVersionId}, test accuracy ${pct(result.accuracy)}, macro-F1 ${result.macroF1?.toFixed(3) ?? '-'}`,
    );
  return result;
}
