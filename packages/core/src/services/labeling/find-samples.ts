import type { Emotion, LabelChangeRecord, Modality, Split } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';

/** Which samples of a version to list. */
/** Which samples of a version to list; `conflicted`: byte-identical copies that carry different labels (a review queue). */
export interface SampleFilter {
  label?: Emotion | null;
  unlabeled?: boolean | null;
  split?: Split | null;
  speaker?: string | null;
  conflicted?: boolean | null;
}

/** A sample as the labeling UI and API list it. */
export interface SampleSummary {
  id: string;
  datasetVersionId: string;
  modality: Modality;
  label: Emotion | null;
  split: Split;
  originalName: string;
  speaker: string | null;
  word: string | null;
  blobHash: string;
}

/** One page of samples in a stable order; `nextCursor` continues it. */
export interface SamplePage {
  items: SampleSummary[];
  nextCursor: string | null;
  totalCount: number;
}

async function conflictedHashes(datasetVersionId: string, db: DbDeps['db']): Promise<string[]> {
  const rows = await db.$queryRaw<{ blobHash: string }[]>`
    SELECT "blobHash" FROM "Sample" WHERE "datasetVersionId" = ${datasetVersionId}
    GROUP BY "blobHash" HAVING count(DISTINCT coalesce("label"::text, '')) > 1`;
  return rows.map((r) => r.blobHash);
}

/** Lists a version's samples page by page (cursor on id), filtered by label, split, speaker or missing label. */
export async function findSamples(
  input: { datasetVersionId: string; filter?: SampleFilter | null; first?: number | null; after?: string | null },
  { db }: DbDeps,
): Promise<SamplePage> {
  const f = input.filter ?? {};
  const conflicted = f.conflicted ? await conflictedHashes(input.datasetVersionId, db) : null;
  const where = {
    ...(conflicted ? { blobHash: { in: conflicted } } : {}),
    datasetVersionId: input.datasetVersionId,
    ...(f.unlabeled ? { label: null } : f.label ? { label: f.label } : {}),
    ...(f.split ? { split: f.split } : {}),
    ...(f.speaker ? { speaker: f.speaker } : {}),
  };
  const take = Math.min(Math.max(input.first ?? 100, 1), 1000);
  const [rows, totalCount] = await Promise.all([
    db.sample.findMany({
      where,
      orderBy: { id: 'asc' },
      take: take + 1,
      ...(input.after ? { cursor: { id: input.after }, skip: 1 } : {}),
      select: {
        id: true,
        datasetVersionId: true,
        modality: true,
        label: true,
        split: true,
        originalName: true,
        speaker: true,
        word: true,
        blobHash: true,
      },
    }),
    db.sample.count({ where }),
  ]);
  const items = rows.slice(0, take);
  return { items, nextCursor: rows.length > take ? (items.at(-1)?.id ?? null) : null, totalCount };
}

/** Every recorded label change of a sample, newest first. */
export async function findLabelHistory(input: { sampleId: string }, { db }: DbDeps): Promise<LabelChangeRecord[]> {
  const rows = await db.labelChange.findMany({ where: { sampleId: input.sampleId }, orderBy: { createdAt: 'desc' } });
  return rows.map((r) => ({
    id: r.id,
    batchId: r.batchId,
    sampleId: r.sampleId,
    oldLabel: r.oldLabel,
    newLabel: r.newLabel,
    changedById: r.changedById,
    createdAt: r.createdAt,
    undone: r.undoneAt !== null,
  }));
}

/** The bytes and media type of a sample's file, or null. */
export async function findSampleContent(
  input: { sampleId: string },
  { db }: DbDeps,
): Promise<{ content: Uint8Array; mediaType: string } | null> {
  const sample = await db.sample.findUnique({ where: { id: input.sampleId }, select: { blobHash: true } });
  if (!sample) return null;
  return db.blob.findUnique({ where: { hash: sample.blobHash }, select: { content: true, mediaType: true } });
}
