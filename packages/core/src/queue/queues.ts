import { Queue } from 'bullmq';
import { z } from 'zod';
import { redisConnection } from './redis-connection.js';

/** Queue names; one worker type per queue. */
export const QUEUE_NAMES = { imports: 'imports', training: 'training', gpuTraining: 'training-gpu' } as const;

/** Payload of an import job: ids only. */
export const importJobPayloadSchema = z.object({ importJobId: z.string().min(1) });
export type ImportJobPayload = z.infer<typeof importJobPayloadSchema>;

/** Payload of a training job: ids only. */
export const trainingJobPayloadSchema = z.object({ trainingRunId: z.string().min(1) });
export type TrainingJobPayload = z.infer<typeof trainingJobPayloadSchema>;

export interface QueueOptions {
  redisUrl: string;
  prefix: string;
}

/** The queues the API enqueues into. */
export interface Queues {
  imports: Queue<ImportJobPayload>;
  training: Queue<TrainingJobPayload>;
  /** Runs that only trainers with a GPU backend take. */
  gpuTraining: Queue<TrainingJobPayload>;
  close(): Promise<void>;
}

/** Opens the producer side of every queue. */
export function createQueues(options: QueueOptions): Queues {
  const common = { connection: redisConnection(options.redisUrl), prefix: options.prefix };
  const imports = new Queue<ImportJobPayload>(QUEUE_NAMES.imports, {
    ...common,
    defaultJobOptions: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 2_000 },
      removeOnComplete: 1000,
      removeOnFail: 1000,
    },
  });
  const trainingOptions = {
    ...common,
    defaultJobOptions: {
      attempts: 2,
      backoff: { type: 'exponential' as const, delay: 5_000 },
      removeOnComplete: 1000,
      removeOnFail: 1000,
    },
  };
  const training = new Queue<TrainingJobPayload>(QUEUE_NAMES.training, trainingOptions);
  const gpuTraining = new Queue<TrainingJobPayload>(QUEUE_NAMES.gpuTraining, trainingOptions);
  return {
    imports,
    training,
    gpuTraining,
    close: async () => {
      await Promise.all([imports.close(), training.close(), gpuTraining.close()]);
    },
  };
}
