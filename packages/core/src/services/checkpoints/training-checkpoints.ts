import type { DbDeps } from '../deps.js';

const KEEP = 2;

/** Stores a run's checkpoint after an epoch and drops all but the newest two. */
export async function saveTrainingCheckpoint(
  input: { runId: string; epoch: number; data: Uint8Array },
  { db }: DbDeps,
): Promise<void> {
  const data = new Uint8Array(input.data);
  await db.trainingCheckpoint.upsert({
    where: { runId_epoch: { runId: input.runId, epoch: input.epoch } },
    create: { runId: input.runId, epoch: input.epoch, data },
    update: { data },
  });
  const stale = await db.trainingCheckpoint.findMany({
    where: { runId: input.runId },
    orderBy: { epoch: 'desc' },
    skip: KEEP,
    select: { id: true },
  });
  if (stale.length) await db.trainingCheckpoint.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } });
}

/** The newest checkpoint of a run, or null. */
export async function findLatestCheckpoint(
  input: { runId: string },
  { db }: DbDeps,
): Promise<{ epoch: number; data: Uint8Array } | null> {
  return db.trainingCheckpoint.findFirst({
    where: { runId: input.runId },
    orderBy: { epoch: 'desc' },
    select: { epoch: true, data: true },
  });
}
