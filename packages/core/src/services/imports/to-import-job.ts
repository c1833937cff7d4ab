import type { ImportFormat, ImportJob, ImportProblem, LabelConflict } from '../../domain/index.js';
import type { ImportJobRow } from '../../db/index.js';

/** Maps an import row to the domain type. */
export function toImportJob(row: ImportJobRow): ImportJob {
  const report = (row.report ?? {}) as { problems?: ImportProblem[]; conflicts?: LabelConflict[]; duplicates?: number };
  return {
    id: row.id,
    status: row.status,
    datasetName: row.datasetName,
    modality: row.modality,
    format: row.format as ImportFormat,
    totalFiles: row.totalFiles,
    processedFiles: row.processedFiles,
    badFiles: row.badFiles,
    problems: report.problems ?? [],
    conflicts: report.conflicts ?? [],
    duplicates: report.duplicates ?? 0,
    error: row.error,
    datasetId: row.datasetId,
    datasetVersionId: row.datasetVersionId,
    createdAt: row.createdAt,
  };
}
