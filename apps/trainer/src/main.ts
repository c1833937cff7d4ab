#!/usr/bin/env node
import { Worker, type Job, type Processor } from 'bullmq';
import { loadConfig } from '@emolab/core/config';
import { QUEUE_NAMES, redisConnection } from '@emolab/core/queue';
import { markImportJobFailed, markTrainingRunFailed } from '@emolab/core/services';
import { backendLabel, describeBackend, initBackend } from '@emolab/ml/backend';
import { createTrainerDeps } from './deps.js';
import { createImportDatasetJob } from './jobs/import-dataset.job.js';
import { createTrainModelJob } from './jobs/train-model.job.js';
import { resolveServices } from './resolve-services.js';

const config = loadConfig();
const services = await resolveServices(config);
if (!services) {
  console.error(
    '[trainer] No platform to join: run `npm start` in this folder first, or set DATABASE_URL and REDIS_URL.',
  );
  process.exit(1);
}
const backend = backendLabel(await initBackend({ nativePrecision: config.EMOLAB_NATIVE_BF16 }));
const deps = createTrainerDeps(
  {
    ...config,
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    EMOLAB_QUEUE_PREFIX: services.queuePrefix,
  },
  backend,
);
const common = {
  connection: redisConnection(services.redisUrl),
  prefix: services.queuePrefix,
  // A trainer killed mid-job stops renewing its lock; after this long another trainer takes the job over.
  lockDuration: config.EMOLAB_JOB_LOCK_MS,
  stalledInterval: config.EMOLAB_JOB_LOCK_MS,
  maxStalledCount: 5,
};

const isLastAttempt = (job: Job | undefined, error: Error) =>
  error.name === 'UnrecoverableError' || (job?.attemptsMade ?? 0) >= (job?.opts.attempts ?? 1);

function startWorker(options: {
  queue: string;
  processor: Processor;
  concurrency: number;
  onFinalFailure: (id: string, error: Error) => Promise<void>;
}) {
  const worker = new Worker(options.queue, options.processor, { ...common, concurrency: options.concurrency });
  worker.on('failed', (job, error) => {
    console.error(`[trainer] ${options.queue} job ${job?.id} failed: ${error.message}`);
    if (job?.id && isLastAttempt(job, error)) void options.onFinalFailure(job.id, error);
  });
  worker.on('completed', (job) => console.log(`[trainer] ${options.queue} job ${job.id} finished`));
  return worker;
}

const trainModel = createTrainModelJob(deps);
const failRun = (id: string, error: Error) => markTrainingRunFailed({ id, error: error.message }, deps);
const workers = [
  startWorker({
    queue: QUEUE_NAMES.imports,
    processor: createImportDatasetJob(deps),
    concurrency: 1,
    onFinalFailure: (id, error) => markImportJobFailed({ id, error: error.message }, deps),
  }),
  startWorker({
    queue: QUEUE_NAMES.training,
    processor: trainModel,
    concurrency: config.EMOLAB_TRAINER_CONCURRENCY,
    onFinalFailure: failRun,
  }),
  ...(config.EMOLAB_TRAINER_GPU
    ? [startWorker({ queue: QUEUE_NAMES.gpuTraining, processor: trainModel, concurrency: 1, onFinalFailure: failRun })]
    : []),
];
console.log(
  `[trainer] waiting for jobs (tfjs backend: ${describeBackend(backend)}, concurrency ${config.EMOLAB_TRAINER_CONCURRENCY}${config.EMOLAB_TRAINER_GPU ? ', GPU runs too' : ''})`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // A run mid-epoch is not waited for: its job lock lapses and another trainer (or this one, restarted) resumes it from its checkpoint.
    const closing = Promise.all(workers.map((w) => w.close())).then(() => deps.close());
    void Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 5_000))]).finally(() => process.exit(0));
  });
}
