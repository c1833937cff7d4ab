import {
  FORMAT_MODALITY,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportJob,
  type Modality,
  type Viewer,
} from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { DbDeps } from '../deps.js';
import { toImportJob } from './to-import-job.js';

export interface CreateImportJobInput {
  datasetName: string;
  modality: Modality;
  format: string;
  viewer: Viewer;
}

const DATASET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Roles that may add data. */
export const IMPORT_ROLES = ['ADMIN', 'TRAINER'] as const;

/** Opens an import that files can be uploaded to; the dataset itself appears only when the import succeeds. */
export async function createImportJob(input: CreateImportJobInput, { db }: DbDeps): Promise<ImportJob> {
  assertRole(input.viewer, IMPORT_ROLES, 'import datasets');
  if (!IMPORT_FORMATS.includes(input.format as ImportFormat)) {
    throw new AppError('INVALID_INPUT', `Unknown format '${input.format}'; use one of: ${IMPORT_FORMATS.join(', ')}`);
  }
  const format = input.format as ImportFormat;
  const fixed = FORMAT_MODALITY[format];
  if (fixed && fixed !== input.modality) {
    throw new AppError(
      'INVALID_INPUT',
      `Format ${format} holds ${FORMAT_MODALITY[format]} samples, not ${input.modality}`,
    );
  }
  if (!DATASET_NAME.test(input.datasetName)) {
    throw new AppError(
      'INVALID_INPUT',
      'Dataset names are 1-100 letters, digits, dots, dashes or underscores, starting with a letter or digit',
    );
  }
  const existing = await db.dataset.findUnique({ where: { name: input.datasetName } });
  if (existing && existing.modality !== input.modality) {
    throw new AppError(
      'CONFLICT',
      `Dataset '${input.datasetName}' holds ${existing.modality} samples, not ${input.modality}`,
    );
  }
  if (existing && (await db.datasetVersion.count({ where: { datasetId: existing.id, frozenAt: null } }))) {
    throw new AppError(
      'CONFLICT',
      `Dataset '${input.datasetName}' has an open labeling draft: commit it before importing more files`,
    );
  }
  const row = await db.importJob.create({
    data: { datasetName: input.datasetName, modality: input.modality, format, createdById: input.viewer.keyId },
  });
  return toImportJob(row);
}
