import type { Emotion, Split } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';

/** A labeled sample; its bytes are fetched separately (and only when its features are not cached). */
export interface TrainingSample {
  id: string;
  label: Emotion;
  split: Split;
  speaker: string | null;
  word: string | null;
  blobHash: string;
}

/** Reads the labeled samples of a version page by page, so memory does not grow with the dataset. */
export async function* readTrainingSamples(
  input: { datasetVersionId: string; pageSize?: number },
  { db }: DbDeps,
): AsyncGenerator<TrainingSample[]> {
  const take = input.pageSize ?? 1024;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.sample.findMany({
      where: { datasetVersionId: input.datasetVersionId, label: { not: null } },
      orderBy: { id: 'asc' },
      take,
      select: { id: true, label: true, split: true, speaker: true, word: true, blobHash: true },
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map((r) => ({ ...r, label: r.label as Emotion }));
    cursor = rows.at(-1)?.id;
  }
}
