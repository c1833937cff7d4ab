import type { ImportJob, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import type { CoreDeps } from '../deps.js';
import { getOpenImportJob } from './store-import-file.js';
import { toImportJob } from './to-import-job.js';

/** Closes uploads and queues the files for checking; the import's job id is the import id. */
export async function finishImportJob(
  input: { importJobId: string; viewer: Viewer },
  deps: CoreDeps,
): Promise<ImportJob> {
  const job = await getOpenImportJob(input, deps);
  const totalFiles = await deps.db.importFile.count({ where: { importJobId: job.id } });
  if (totalFiles === 0) {
    throw new AppError(
      'INVALID_INPUT',
      `Import ${job.id} has no ${job.modality === 'IMAGE' ? 'image' : 'audio'} files; upload some before finishing it`,
    );
  }
  const row = await deps.db.importJob.update({ where: { id: job.id }, data: { status: 'QUEUED', totalFiles } });
  await deps.queues.imports.add('import', { importJobId: job.id }, { jobId: job.id });
  return toImportJob(row);
}
