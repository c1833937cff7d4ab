import type { Modality, ModelVersion } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';
import { MODEL_VERSION_SELECT, toModelVersion } from './to-model-version.js';

/** Model versions, newest first, optionally of one modality. */
export async function findModelVersions(
  input: { modality?: Modality | null },
  { db }: DbDeps,
): Promise<ModelVersion[]> {
  const rows = await db.modelVersion.findMany({
    where: input.modality ? { modality: input.modality } : {},
    orderBy: { createdAt: 'desc' },
    select: MODEL_VERSION_SELECT,
  });
  return rows.map(toModelVersion);
}

/** The model version with this id, or null. */
export async function findModelVersion(input: { id: string }, { db }: DbDeps): Promise<ModelVersion | null> {
  const row = await db.modelVersion.findUnique({ where: { id: input.id }, select: MODEL_VERSION_SELECT });
  return row ? toModelVersion(row) : null;
}
