import type { TrainingRun, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { CoreDeps } from '../deps.js';
import { TRAINING_RUN_INCLUDE, toTrainingRun } from './to-training-run.js';

/** Queues a FAILED or CANCELED run again; it resumes from its last checkpoint when it has one. */
export async function retryTrainingRun(
  input: { id: string; viewer: Viewer },
  { db, queues }: CoreDeps,
): Promise<TrainingRun> {
  assertRole(input.viewer, ['ADMIN', 'TRAINER'], 'retry training runs');
  const run = await db.trainingRun.findUnique({ where: { id: input.id } });
  if (!run) throw new AppError('NOT_FOUND', `Training run ${input.id} not found`);
  if (run.status !== 'FAILED' && run.status !== 'CANCELED') {
    throw new AppError('CONFLICT', `Run ${run.id} is ${run.status}; only failed or canceled runs can be retried`);
  }
  const { count } = await db.trainingRun.updateMany({
    where: { id: run.id, status: run.status },
    data: { status: 'QUEUED', error: null, cancelRequestedAt: null, finishedAt: null },
  });
  if (count === 0) throw new AppError('CONFLICT', `Run ${run.id} changed while retrying; try again`);
  const queue = run.requiresGpu ? queues.gpuTraining : queues.training;
  await queue.remove(run.id); // the finished job keeps its id until removed
  await queue.add('train', { trainingRunId: run.id }, { jobId: run.id });
  return toTrainingRun(
    await db.trainingRun.findUniqueOrThrow({ where: { id: run.id }, include: TRAINING_RUN_INCLUDE }),
  );
}
