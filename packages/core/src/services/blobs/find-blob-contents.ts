import type { DbDeps } from '../deps.js';

/** The bytes of each distinct blob hash, in one query. */
export async function findBlobContents(input: { hashes: string[] }, { db }: DbDeps): Promise<Map<string, Uint8Array>> {
  const blobs = await db.blob.findMany({
    where: { hash: { in: [...new Set(input.hashes)] } },
    select: { hash: true, content: true },
  });
  return new Map(blobs.map((b) => [b.hash, b.content]));
}
