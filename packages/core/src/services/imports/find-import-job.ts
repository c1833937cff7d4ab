import type { ImportJob } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';
import { toImportJob } from './to-import-job.js';

/** The import with this id, or null. */
export async function findImportJob(input: { id: string }, { db }: DbDeps): Promise<ImportJob | null> {
  const row = await db.importJob.findUnique({ where: { id: input.id } });
  return row ? toImportJob(row) : null;
}

/** Paths already uploaded to an import, so an interrupted upload resumes where it stopped. */
export async function findUploadedPaths(input: { id: string }, { db }: DbDeps): Promise<string[]> {
  const rows = await db.importFile.findMany({ where: { importJobId: input.id }, select: { path: true } });
  return rows.map((r) => r.path);
}
