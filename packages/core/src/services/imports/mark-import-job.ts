import type { ImportProblem } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';

/** Moves a queued import to RUNNING and resets its counters (safe on retry). Returns false if it is already finished. */
export async function markImportJobRunning(input: { id: string }, { db }: DbDeps): Promise<boolean> {
  const { count } = await db.importJob.updateMany({
    where: { id: input.id, status: { in: ['QUEUED', 'RUNNING'] } },
    data: { status: 'RUNNING', processedFiles: 0, badFiles: 0, error: null },
  });
  return count === 1;
}

/** Records how far the check of an import has come. */
export async function recordImportProgress(
  input: { id: string; processedFiles: number; problems: ImportProblem[] },
  { db }: DbDeps,
): Promise<void> {
  await db.importJob.update({
    where: { id: input.id },
    data: {
      processedFiles: input.processedFiles,
      badFiles: input.problems.length,
      report: { problems: input.problems } as object,
    },
  });
}

/** Marks an import FAILED with a reason; nothing of it becomes visible in the dataset. */
export async function markImportJobFailed(
  input: { id: string; error: string; problems?: ImportProblem[] },
  { db }: DbDeps,
): Promise<void> {
  await db.importJob.update({
    where: { id: input.id },
    data: {
      status: 'FAILED',
      error: input.error,
      finishedAt: new Date(),
      ...(input.problems ? { badFiles: input.problems.length, report: { problems: input.problems } as object } : {}),
    },
  });
}
