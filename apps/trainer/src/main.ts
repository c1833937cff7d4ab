#!/usr/bin/env node
import { Worker, type Job } from 'bullmq';
import { loadConfig } from '@emolab/core/config';
import { QUEUE_NAMES, redisConnection } from '@emolab/core/queue';
import { markImportJobFailed, markTrainingRunFailed } from '@emolab/core/services';
import { initBackend } from '@emolab/ml/backend';
import { createTrainerDeps } from './deps.js';
import { createImportDatasetJob } from './jobs/import-dataset.job.js';
import { createTrainModelJob } from './jobs/train-model.job.js';

const config = loadConfig();
if (!config.DATABASE_URL || !config.REDIS_URL) {
  console.error('[trainer] DATABASE_URL and REDIS_URL must be set (`npm start` sets both for you).');
  process.exit(1);
}
const backend = await initBackend();
const deps = createTrainerDeps({ ...config, DATABASE_URL: config.DATABASE_URL, REDIS_URL: config.REDIS_URL }, backend);
const common = {
  connection: redisConnection(config.REDIS_URL),
  prefix: config.EMOLAB_QUEUE_PREFIX,
  // Training blocks the event loop for whole batches; a long lock keeps BullMQ from calling the job stalled.
  lockDuration: 300_000,
};

const isLastAttempt = (job: Job | undefined, error: Error) =>
  error.name === 'UnrecoverableError' || (job?.attemptsMade ?? 0) >= (job?.opts.attempts ?? 1);

const importWorker = new Worker(QUEUE_NAMES.imports, createImportDatasetJob(deps), { ...common, concurrency: 1 });
importWorker.on('failed', (job, error) => {
  console.error(`[trainer] import ${job?.id} failed: ${error.message}`);
  if (job?.id && isLastAttempt(job, error)) void markImportJobFailed({ id: job.id, error: error.message }, deps);
});

const trainingWorker = new Worker(QUEUE_NAMES.training, createTrainModelJob(deps), { ...common, concurrency: config.EMOLAB_TRAINER_CONCURRENCY });
trainingWorker.on('failed', (job, error) => {
  console.error(`[trainer] run ${job?.id} failed: ${error.message}`);
  if (job?.id && isLastAttempt(job, error)) void markTrainingRunFailed({ id: job.id, error: error.message }, deps);
});
trainingWorker.on('completed', (job) => console.log(`[trainer] run ${job.id} finished`));
importWorker.on('completed', (job) => console.log(`[trainer] import ${job.id} finished`));
console.log(`[trainer] waiting for jobs (tfjs backend: ${backend}, concurrency ${config.EMOLAB_TRAINER_CONCURRENCY})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // A run mid-epoch is not waited for: its job lock lapses and another trainer (or this one, restarted) picks it up.
    const closing = Promise.all([importWorker.close(), trainingWorker.close()]).then(() => deps.close());
    void Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 5_000))]).finally(() => process.exit(0));
  });
}
