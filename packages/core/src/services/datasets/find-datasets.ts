import type { Dataset } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';
import { toDataset } from './to-dataset.js';

const latestVersion = { versions: { orderBy: { number: 'desc' as const }, take: 1 } };

/** Lists datasets, newest first, each with its latest version. */
export async function findDatasets({ db }: DbDeps): Promise<Dataset[]> {
  const rows = await db.dataset.findMany({ orderBy: { createdAt: 'desc' }, include: latestVersion });
  return rows.map(toDataset);
}

/** The dataset with this id or name, or null. */
export async function findDataset(input: { id?: string; name?: string }, { db }: DbDeps): Promise<Dataset | null> {
  const where = input.id ? { id: input.id } : input.name ? { name: input.name } : null;
  if (!where) return null;
  const row = await db.dataset.findUnique({ where, include: latestVersion });
  return row ? toDataset(row) : null;
}
