import { findBlobContents } from '../blobs/find-blob-contents.js';
import type { DbDeps } from '../deps.js';

/** One uploaded file of an import with its bytes. */
export interface ImportFileContent {
  path: string;
  blobHash: string;
  content: Uint8Array;
}

/** Streams an import's files with their bytes in pages, so memory stays flat however large the import. */
export async function* readImportFiles(
  input: { importJobId: string; pageSize?: number },
  { db }: DbDeps,
): AsyncGenerator<ImportFileContent[]> {
  const take = input.pageSize ?? 512;
  let cursor: string | undefined;
  for (;;) {
    const files = await db.importFile.findMany({
      where: { importJobId: input.importJobId },
      orderBy: { id: 'asc' },
      take,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (files.length === 0) return;
    const byHash = await findBlobContents({ hashes: files.map((f) => f.blobHash) }, { db });
    yield files.map((f) => ({
      path: f.path,
      blobHash: f.blobHash,
      content: byHash.get(f.blobHash) ?? new Uint8Array(),
    }));
    cursor = files.at(-1)?.id;
  }
}
