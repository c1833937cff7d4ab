import { createHash } from 'node:crypto';
import { hasMediaExtension, type Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { DbDeps } from '../deps.js';
import { IMPORT_ROLES } from './create-import-job.js';

export interface StoreImportFileInput { importJobId: string; path: string; bytes: Uint8Array<ArrayBuffer>; mediaType: string; viewer: Viewer }

/** Checks that the import is open for uploads by this viewer; returns its modality. */
export async function getOpenImportJob(input: { importJobId: string; viewer: Viewer }, { db }: DbDeps) {
  assertRole(input.viewer, IMPORT_ROLES, 'import datasets');
  const job = await db.importJob.findUnique({ where: { id: input.importJobId } });
  if (!job) throw new AppError('NOT_FOUND', `Import ${input.importJobId} not found`);
  if (job.status !== 'UPLOADING') throw new AppError('CONFLICT', `Import ${job.id} is ${job.status}; it no longer takes files`);
  return job;
}

/**
 * Stores one uploaded file by content hash (once, however often it is uploaded) and records it in the
 * import. Uploading the same path again replaces it, so an interrupted upload can simply be resent.
 */
export async function storeImportFile(input: StoreImportFileInput, deps: DbDeps): Promise<{ hash: string; accepted: boolean }> {
  const job = await getOpenImportJob(input, deps);
  const safePath = input.path.replace(/\\/g, '/').replace(/^\/+/, '');
  if (!safePath || safePath.split('/').includes('..')) throw new AppError('INVALID_INPUT', `Bad file path '${input.path}'`);
  // Files of another kind (READMEs, .DS_Store) are skipped, not errors: folders from the wild carry them.
  if (!hasMediaExtension(job.modality, safePath)) return { hash: '', accepted: false };
  const hash = createHash('sha256').update(input.bytes).digest('hex');
  await deps.db.blob.createMany({
    data: [{ hash, size: input.bytes.length, mediaType: input.mediaType, content: input.bytes }],
    skipDuplicates: true,
  });
  await deps.db.importFile.upsert({
    where: { importJobId_path: { importJobId: job.id, path: safePath } },
    create: { importJobId: job.id, path: safePath, blobHash: hash, size: input.bytes.length },
    update: { blobHash: hash, size: input.bytes.length },
  });
  return { hash, accepted: true };
}
