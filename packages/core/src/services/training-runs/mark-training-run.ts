import type { TrainingEpoch } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';

/** Moves a run to RUNNING and records where it runs; safe to call again on retry. */
export async function markTrainingRunStarted(
  input: { id: string; environment: Record<string, unknown> },
  { db }: DbDeps,
): Promise<void> {
  await db.trainingRun.update({
    where: { id: input.id },
    data: {
      status: 'RUNNING',
      startedAt: new Date(),
      error: null,
      environment: input.environment as object,
      attempts: { increment: 1 },
    },
  });
}

/** Stores one finished epoch (idempotent per epoch number) and the run's progress. */
export async function recordTrainingEpoch(
  input: { runId: string; epoch: TrainingEpoch; progress: number },
  { db }: DbDeps,
): Promise<void> {
  const { epoch, ...metrics } = input.epoch;
  await db.$transaction([
    db.trainingEpoch.upsert({
      where: { runId_epoch: { runId: input.runId, epoch } },
      create: { runId: input.runId, epoch, ...metrics },
      update: metrics,
    }),
    db.trainingRun.update({ where: { id: input.runId }, data: { progress: input.progress } }),
  ]);
}

/** Moves a run to SUCCEEDED. */
export async function markTrainingRunFinished(input: { id: string }, { db }: DbDeps): Promise<void> {
  await db.trainingRun.update({
    where: { id: input.id },
    data: { status: 'SUCCEEDED', progress: 1, finishedAt: new Date() },
  });
}

/** Moves a run to FAILED with the reason. */
export async function markTrainingRunFailed(input: { id: string; error: string }, { db }: DbDeps): Promise<void> {
  await db.trainingRun.updateMany({
    where: { id: input.id, status: { notIn: ['SUCCEEDED', 'CANCELED'] } },
    data: { status: 'FAILED', error: input.error, finishedAt: new Date() },
  });
}
