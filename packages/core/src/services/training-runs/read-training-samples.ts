import type { Emotion, Split } from '../../domain/index.js';
import { findBlobContents } from '../blobs/find-blob-contents.js';
import type { DbDeps } from '../deps.js';

/** A labeled sample with its bytes. */
export interface TrainingSample { id: string; label: Emotion; split: Split; speaker: string | null; content: Uint8Array }

/** Reads the labeled samples of a version with their bytes, page by page. */
export async function* readTrainingSamples(
  input: { datasetVersionId: string; pageSize?: number },
  { db }: DbDeps,
): AsyncGenerator<TrainingSample[]> {
  const take = input.pageSize ?? 512;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.sample.findMany({
      where: { datasetVersionId: input.datasetVersionId, label: { not: null } },
      orderBy: { id: 'asc' },
      take,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) return;
    const byHash = await findBlobContents({ hashes: rows.map((r) => r.blobHash) }, { db });
    yield rows.map((r) => ({
      id: r.id, label: r.label as Emotion, split: r.split, speaker: r.speaker, content: byHash.get(r.blobHash) ?? new Uint8Array(),
    }));
    cursor = rows.at(-1)?.id;
  }
}
