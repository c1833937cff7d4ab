import type { DatasetVersion, LabelCount } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';
import { toDatasetVersion } from './to-dataset.js';

/** All versions of a dataset, newest first. */
export async function findDatasetVersions(input: { datasetId: string }, { db }: DbDeps): Promise<DatasetVersion[]> {
  const rows = await db.datasetVersion.findMany({ where: { datasetId: input.datasetId }, orderBy: { number: 'desc' } });
  return rows.map(toDatasetVersion);
}

/** The version with this id, or null. */
export async function findDatasetVersion(input: { id: string }, { db }: DbDeps): Promise<DatasetVersion | null> {
  const row = await db.datasetVersion.findUnique({ where: { id: input.id } });
  return row ? toDatasetVersion(row) : null;
}

/** Sample counts per label and split of one dataset version. */
export async function findLabelCounts(input: { datasetVersionId: string }, { db }: DbDeps): Promise<LabelCount[]> {
  const groups = await db.sample.groupBy({
    by: ['label', 'split'],
    where: { datasetVersionId: input.datasetVersionId },
    _count: { _all: true },
    orderBy: [{ split: 'asc' }, { label: 'asc' }],
  });
  return groups.map((g) => ({ label: g.label, split: g.split, count: g._count._all }));
}
