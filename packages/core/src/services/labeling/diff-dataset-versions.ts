import { AppError } from '../../errors/index.js';
import type { DbDeps } from '../deps.js';

/** What changed from one version to another, matched by file (content hash and original name). */
export interface VersionDiff {
  added: number;
  removed: number;
  relabelled: number;
  unchanged: number;
}

/** Compares two versions of a dataset: samples added, removed, and relabelled. */
export async function diffDatasetVersions(
  input: { fromId: string; toId: string },
  { db }: DbDeps,
): Promise<VersionDiff> {
  const [from, to] = await Promise.all(
    [input.fromId, input.toId].map((id) =>
      db.datasetVersion.findUnique({ where: { id }, select: { id: true, datasetId: true } }),
    ),
  );
  if (!from || !to) throw new AppError('NOT_FOUND', 'Dataset version not found');
  if (from.datasetId !== to.datasetId) throw new AppError('INVALID_INPUT', 'Compare two versions of the same dataset');
  const [row] = await db.$queryRaw<{ added: bigint; removed: bigint; relabelled: bigint; unchanged: bigint }[]>`
    SELECT count(*) FILTER (WHERE a."id" IS NULL) AS added,
           count(*) FILTER (WHERE b."id" IS NULL) AS removed,
           count(*) FILTER (WHERE a."id" IS NOT NULL AND b."id" IS NOT NULL AND a."label" IS DISTINCT FROM b."label") AS relabelled,
           count(*) FILTER (WHERE a."id" IS NOT NULL AND b."id" IS NOT NULL AND a."label" IS NOT DISTINCT FROM b."label") AS unchanged
    FROM (SELECT * FROM "Sample" WHERE "datasetVersionId" = ${from.id}) a
    FULL OUTER JOIN (SELECT * FROM "Sample" WHERE "datasetVersionId" = ${to.id}) b
      ON a."blobHash" = b."blobHash" AND a."originalName" = b."originalName"`;
  return {
    added: Number(row?.added ?? 0),
    removed: Number(row?.removed ?? 0),
    relabelled: Number(row?.relabelled ?? 0),
    unchanged: Number(row?.unchanged ?? 0),
  };
}
