import type { TrainingRun, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { CoreDeps } from '../deps.js';
import { TRAINING_RUN_INCLUDE, toTrainingRun } from './to-training-run.js';

/**
 * Cancels a run. A queued run is taken off the queue and CANCELED at once; a running one gets a
 * cancel request that its worker honours at the next batch (keeping its last checkpoint).
 */
export async function cancelTrainingRun(
  input: { id: string; viewer: Viewer },
  { db, queues }: CoreDeps,
): Promise<TrainingRun> {
  assertRole(input.viewer, ['ADMIN', 'TRAINER'], 'cancel training runs');
  const run = await db.trainingRun.findUnique({ where: { id: input.id } });
  if (!run) throw new AppError('NOT_FOUND', `Training run ${input.id} not found`);
  if (run.status !== 'QUEUED' && run.status !== 'RUNNING') {
    throw new AppError(
      'CONFLICT',
      `Run ${run.id} is already ${run.status}; only queued or running runs can be canceled`,
    );
  }
  // remove() is refused (returns 0) for a job a worker holds: then the worker must stop it.
  const queue = run.requiresGpu ? queues.gpuTraining : queues.training;
  const removed = run.status === 'QUEUED' ? await queue.remove(run.id) : 0;
  const row = await db.trainingRun.update({
    where: { id: run.id },
    data: removed
      ? { status: 'CANCELED', finishedAt: new Date(), cancelRequestedAt: new Date() }
      : { cancelRequestedAt: new Date() },
    include: TRAINING_RUN_INCLUDE,
  });
  return toTrainingRun(row);
}

/** True when someone asked to cancel the run. */
export async function isCancelRequested(input: { id: string }, { db }: Pick<CoreDeps, 'db'>): Promise<boolean> {
  const row = await db.trainingRun.findUnique({
    where: { id: input.id },
    select: { cancelRequestedAt: true, status: true },
  });
  return !row || row.status === 'CANCELED' || row.cancelRequestedAt !== null;
}

/** Moves a run to CANCELED (its worker stopped it). */
export async function markTrainingRunCanceled(input: { id: string }, { db }: Pick<CoreDeps, 'db'>): Promise<void> {
  await db.trainingRun.update({ where: { id: input.id }, data: { status: 'CANCELED', finishedAt: new Date() } });
}
