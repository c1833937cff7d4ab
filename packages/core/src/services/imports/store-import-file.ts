import { createHash, randomUUID } from 'node:crypto';
import { hasMediaExtension, mediaTypeFor, type Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { DbDeps } from '../deps.js';
import { IMPORT_ROLES } from './create-import-job.js';

/** One uploaded file. */
/** One uploaded file; its media type is derived from its name, whatever the client claims. */
export interface UploadedFile {
  path: string;
  bytes: Uint8Array<ArrayBuffer>;
  mediaType?: string;
}

export interface StoreImportFilesInput {
  importJobId: string;
  files: UploadedFile[];
  viewer: Viewer;
}

/** What became of each file of a batch. */
export interface StoreImportFilesResult {
  stored: string[];
  skipped: string[];
  rejected: { path: string; reason: string }[];
}

/** Checks that the import is open for uploads by this viewer; returns it. */
export async function getOpenImportJob(input: { importJobId: string; viewer: Viewer }, { db }: DbDeps) {
  assertRole(input.viewer, IMPORT_ROLES, 'import datasets');
  const job = await db.importJob.findUnique({ where: { id: input.importJobId } });
  if (!job) throw new AppError('NOT_FOUND', `Import ${input.importJobId} not found`);
  if (job.status !== 'UPLOADING')
    throw new AppError('CONFLICT', `Import ${job.id} is ${job.status}; it no longer takes files`);
  return job;
}

const safePathOf = (path: string) => path.replace(/\\/g, '/').replace(/^\/+/, '');

/**
 * Stores a batch of uploaded files by content hash (each distinct content once, however often it
 * is uploaded) and records them in the import, in two statements whatever the batch size.
 * Uploading a path again replaces it, so an interrupted upload can simply be resent.
 */
export async function storeImportFiles(input: StoreImportFilesInput, deps: DbDeps): Promise<StoreImportFilesResult> {
  const job = await getOpenImportJob(input, deps);
  const result: StoreImportFilesResult = { stored: [], skipped: [], rejected: [] };
  const rows = new Map<string, { hash: string; size: number; mediaType: string; content: Uint8Array<ArrayBuffer> }>();
  for (const file of input.files) {
    const path = safePathOf(file.path);
    if (!path || path.split('/').includes('..')) result.rejected.push({ path: file.path, reason: 'bad file path' });
    // Files of another kind (READMEs, .DS_Store) are skipped, not errors: folders from the wild carry them.
    else if (!hasMediaExtension(job.modality, path)) result.skipped.push(path);
    else if (file.bytes.length === 0) result.rejected.push({ path, reason: 'empty file' });
    else {
      rows.set(path, {
        hash: createHash('sha256').update(file.bytes).digest('hex'),
        size: file.bytes.length,
        mediaType: mediaTypeFor(path),
        content: file.bytes,
      });
      result.stored.push(path);
    }
  }
  if (rows.size === 0) return result;
  const entries = [...rows.entries()];
  await deps.db.blob.createMany({ data: entries.map(([, r]) => r), skipDuplicates: true });
  await deps.db.$executeRaw`
    INSERT INTO "ImportFile" ("id", "importJobId", "path", "blobHash", "size")
    SELECT * FROM unnest(${entries.map(() => randomUUID())}::text[], ${entries.map(() => job.id)}::text[],
                         ${entries.map(([p]) => p)}::text[], ${entries.map(([, r]) => r.hash)}::text[], ${entries.map(([, r]) => r.size)}::int[])
    ON CONFLICT ("importJobId", "path") DO UPDATE SET "blobHash" = EXCLUDED."blobHash", "size" = EXCLUDED."size"`;
  return result;
}
