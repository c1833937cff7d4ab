import { randomUUID } from 'node:crypto';
import type { Emotion, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { DbDeps } from '../deps.js';
import { LABELING_ROLES } from './start-labeling-draft.js';

const MAX_SAMPLES = 10_000;

/** What a labeling call changed; undo takes the batch id. */
export interface LabelingResult {
  batchId: string;
  changed: number;
}

/**
 * Sets (or clears, with null) the label of one or many samples of a labeling draft, recording
 * who changed what from what; the changes share a batch id so they are undone together.
 */
export async function setSampleLabels(
  input: { sampleIds: string[]; label: Emotion | null; viewer: Viewer },
  { db }: DbDeps,
): Promise<LabelingResult> {
  assertRole(input.viewer, LABELING_ROLES, 'label samples');
  const ids = [...new Set(input.sampleIds)];
  if (ids.length === 0 || ids.length > MAX_SAMPLES)
    throw new AppError('INVALID_INPUT', `Label 1 to ${MAX_SAMPLES} samples at a time`);
  const batchId = randomUUID();
  return db.$transaction(async (tx) => {
    const samples = await tx.sample.findMany({
      where: { id: { in: ids } },
      select: { id: true, label: true, datasetVersion: { select: { id: true, number: true, frozenAt: true } } },
    });
    if (samples.length !== ids.length)
      throw new AppError('NOT_FOUND', `${ids.length - samples.length} of the samples do not exist`);
    const versions = new Set(samples.map((s) => s.datasetVersion.id));
    if (versions.size > 1)
      throw new AppError('INVALID_INPUT', 'All samples of one labeling call must belong to the same dataset version');
    const version = samples[0]!.datasetVersion;
    if (version.frozenAt)
      throw new AppError(
        'CONFLICT',
        `Version ${version.number} is committed and immutable: start a labeling draft to change labels`,
      );
    const changing = samples.filter((s) => s.label !== input.label);
    if (changing.length === 0) return { batchId, changed: 0 };
    await tx.labelChange.createMany({
      data: changing.map((s) => ({
        batchId,
        sampleId: s.id,
        datasetVersionId: version.id,
        oldLabel: s.label,
        newLabel: input.label,
        changedById: input.viewer.keyId,
      })),
    });
    await tx.sample.updateMany({ where: { id: { in: changing.map((s) => s.id) } }, data: { label: input.label } });
    return { batchId, changed: changing.length };
  });
}

/**
 * Undoes a batch of label changes (or, without a batch id, this key's latest one that is not
 * undone yet), restoring each sample's previous label unless someone changed it since.
 */
export async function undoLabelChanges(
  input: { batchId?: string | null; viewer: Viewer },
  { db }: DbDeps,
): Promise<LabelingResult> {
  assertRole(input.viewer, LABELING_ROLES, 'label samples');
  const batchId =
    input.batchId ??
    (
      await db.labelChange.findFirst({
        where: { changedById: input.viewer.keyId, undoneAt: null },
        orderBy: { createdAt: 'desc' },
      })
    )?.batchId;
  if (!batchId) throw new AppError('NOT_FOUND', 'Nothing to undo');
  return db.$transaction(async (tx) => {
    const changes = await tx.labelChange.findMany({
      where: { batchId, undoneAt: null },
      include: { sample: { select: { label: true } }, datasetVersion: { select: { frozenAt: true, number: true } } },
    });
    if (changes.length === 0) throw new AppError('NOT_FOUND', `Label change ${batchId} not found or already undone`);
    if (changes[0]!.datasetVersion.frozenAt)
      throw new AppError(
        'CONFLICT',
        `Version ${changes[0]!.datasetVersion.number} is committed; its labels can no longer change`,
      );
    let changed = 0;
    for (const change of changes) {
      if (change.sample.label !== change.newLabel) continue; // relabelled since: the later change wins
      await tx.sample.update({ where: { id: change.sampleId }, data: { label: change.oldLabel } });
      changed += 1;
    }
    await tx.labelChange.updateMany({ where: { batchId, undoneAt: null }, data: { undoneAt: new Date() } });
    return { batchId, changed };
  });
}
