import type { DatasetVersion, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import { toDatasetVersion } from '../datasets/to-dataset.js';
import type { DbDeps } from '../deps.js';

/** Roles that may change labels (labelers label, but do not train or delete). */
export const LABELING_ROLES = ['ADMIN', 'TRAINER', 'LABELER'] as const;

/**
 * Opens (or returns the open) labeling draft of a dataset: a copy of its latest committed version
 * whose labels can change until it is committed. Committed versions never change.
 */
export async function startLabelingDraft(
  input: { datasetId: string; viewer: Viewer },
  { db }: DbDeps,
): Promise<DatasetVersion> {
  assertRole(input.viewer, LABELING_ROLES, 'label samples');
  return db.$transaction(
    async (tx) => {
      const draft = await tx.datasetVersion.findFirst({ where: { datasetId: input.datasetId, frozenAt: null } });
      if (draft) return toDatasetVersion(draft);
      const base = await tx.datasetVersion.findFirst({
        where: { datasetId: input.datasetId },
        orderBy: { number: 'desc' },
      });
      if (!base) throw new AppError('NOT_FOUND', `Dataset ${input.datasetId} not found or has no version to label`);
      const created = await tx.datasetVersion.create({
        data: {
          datasetId: input.datasetId,
          number: base.number + 1,
          sampleCount: base.sampleCount,
          note: `labeling draft from v${base.number}`,
        },
      });
      await tx.$executeRaw`INSERT INTO "Sample" ("id", "datasetVersionId", "blobHash", "modality", "label", "split", "originalName", "speaker", "word", "createdAt")
      SELECT gen_random_uuid()::text, ${created.id}, "blobHash", "modality", "label", "split", "originalName", "speaker", "word", "createdAt"
      FROM "Sample" WHERE "datasetVersionId" = ${base.id}`;
      return toDatasetVersion(created);
    },
    { timeout: 120_000 },
  );
}

/** Freezes a labeling draft into an immutable version that runs can train on. */
export async function commitDatasetVersion(
  input: { id: string; note?: string | null; viewer: Viewer },
  { db }: DbDeps,
): Promise<DatasetVersion> {
  assertRole(input.viewer, LABELING_ROLES, 'commit labels');
  const version = await db.datasetVersion.findUnique({ where: { id: input.id } });
  if (!version) throw new AppError('NOT_FOUND', `Dataset version ${input.id} not found`);
  if (version.frozenAt) throw new AppError('CONFLICT', `Version ${version.number} is already committed`);
  const sampleCount = await db.sample.count({ where: { datasetVersionId: version.id } });
  return toDatasetVersion(
    await db.datasetVersion.update({
      where: { id: version.id },
      data: { frozenAt: new Date(), sampleCount, ...(input.note ? { note: input.note } : {}) },
    }),
  );
}
