import type { TrainingEpoch, TrainingRun } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';
import { TRAINING_RUN_INCLUDE, toTrainingEpoch, toTrainingRun } from './to-training-run.js';

/** Runs, newest first. */
export async function findTrainingRuns({ db }: DbDeps, options: { take?: number } = {}): Promise<TrainingRun[]> {
  const rows = await db.trainingRun.findMany({
    orderBy: { createdAt: 'desc' },
    take: options.take ?? 200,
    include: TRAINING_RUN_INCLUDE,
  });
  return rows.map(toTrainingRun);
}

/** The run with this id, or null. */
export async function findTrainingRun(input: { id: string }, { db }: DbDeps): Promise<TrainingRun | null> {
  const row = await db.trainingRun.findUnique({ where: { id: input.id }, include: TRAINING_RUN_INCLUDE });
  return row ? toTrainingRun(row) : null;
}

/** The recorded epochs of a run, in order. */
export async function findTrainingEpochs(input: { runId: string }, { db }: DbDeps): Promise<TrainingEpoch[]> {
  const rows = await db.trainingEpoch.findMany({ where: { runId: input.runId }, orderBy: { epoch: 'asc' } });
  return rows.map(toTrainingEpoch);
}
