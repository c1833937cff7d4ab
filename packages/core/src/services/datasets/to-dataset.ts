import type { Dataset, DatasetVersion } from '../../domain/index.js';

type VersionRow = { id: string; number: number; sampleCount: number; createdAt: Date; frozenAt: Date | null };
type DatasetRow = { id: string; name: string; modality: 'IMAGE' | 'AUDIO'; createdAt: Date; versions: VersionRow[] };

/** Maps a version row to the domain type. */
export function toDatasetVersion(row: VersionRow): DatasetVersion {
  return {
    id: row.id,
    number: row.number,
    sampleCount: row.sampleCount,
    createdAt: row.createdAt,
    frozen: row.frozenAt !== null,
  };
}

/** Maps a dataset row (with versions newest first) to the domain type. */
export function toDataset(row: DatasetRow): Dataset {
  const latest = row.versions[0];
  return {
    id: row.id,
    name: row.name,
    modality: row.modality,
    createdAt: row.createdAt,
    latestVersion: latest ? toDatasetVersion(latest) : null,
  };
}
