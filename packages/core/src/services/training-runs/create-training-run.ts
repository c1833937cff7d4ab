import { z } from 'zod';
import type { TrainingRun, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { CoreDeps } from '../deps.js';
import { TRAINING_RUN_INCLUDE, toTrainingRun } from './to-training-run.js';

const hyperparametersSchema = z.object({
  epochs: z.number().int().min(1).max(500).default(10),
  batchSize: z.number().int().min(1).max(1024).default(64),
  learningRate: z.number().gt(0).lt(1).default(0.001),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
});

export interface CreateTrainingRunInput {
  datasetId?: string | null;
  datasetName?: string | null;
  epochs?: number | null;
  batchSize?: number | null;
  learningRate?: number | null;
  seed?: number | null;
  viewer: Viewer;
}

/** Saves a QUEUED run on the dataset's latest version and enqueues its training job (job id = run id). */
export async function createTrainingRun(input: CreateTrainingRunInput, { db, queues }: CoreDeps): Promise<TrainingRun> {
  assertRole(input.viewer, ['ADMIN', 'TRAINER'], 'start training runs');
  const parsed = hyperparametersSchema.safeParse({
    epochs: input.epochs ?? undefined, batchSize: input.batchSize ?? undefined,
    learningRate: input.learningRate ?? undefined, seed: input.seed ?? undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INVALID_INPUT', `Invalid ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const where = input.datasetId ? { id: input.datasetId } : input.datasetName ? { name: input.datasetName } : null;
  if (!where) throw new AppError('INVALID_INPUT', 'Name the dataset to train on (datasetId or datasetName)');
  const dataset = await db.dataset.findUnique({ where, include: { versions: { orderBy: { number: 'desc' }, take: 1 } } });
  if (!dataset) throw new AppError('NOT_FOUND', `Dataset ${input.datasetId ?? input.datasetName} not found`);
  const version = dataset.versions[0];
  if (!version) throw new AppError('INVALID_INPUT', `Dataset ${dataset.name} has no imported samples yet`);
  const run = await db.trainingRun.create({
    data: {
      datasetVersionId: version.id,
      recipe: dataset.modality === 'IMAGE' ? 'image-cnn-small' : 'audio-mfcc-mlp',
      hyperparameters: parsed.data,
      createdById: input.viewer.keyId,
    },
    include: TRAINING_RUN_INCLUDE,
  });
  await queues.training.add('train', { trainingRunId: run.id }, { jobId: run.id });
  return toTrainingRun(run);
}
