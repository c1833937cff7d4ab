import type { DbDeps } from '../deps.js';

/** One uploaded file of an import with its bytes. */
export interface ImportFileContent { path: string; blobHash: string; content: Uint8Array }

/** Streams an import's files with their bytes in pages, so memory stays flat however large the import. */
export async function* readImportFiles(input: { importJobId: string; pageSize?: number }, { db }: DbDeps): AsyncGenerator<ImportFileContent[]> {
  const take = input.pageSize ?? 256;
  let cursor: string | undefined;
  for (;;) {
    const files = await db.importFile.findMany({
      where: { importJobId: input.importJobId },
      orderBy: { id: 'asc' },
      take,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (files.length === 0) return;
    const blobs = await db.blob.findMany({ where: { hash: { in: [...new Set(files.map((f) => f.blobHash))] } } });
    const byHash = new Map(blobs.map((b) => [b.hash, b.content]));
    yield files.map((f) => ({ path: f.path, blobHash: f.blobHash, content: byHash.get(f.blobHash) ?? new Uint8Array() }));
    cursor = files.at(-1)?.id;
  }
}
