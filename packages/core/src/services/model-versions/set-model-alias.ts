import type { AliasAssignment, Modality, ModelVersion, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { DbDeps } from '../deps.js';
import { MODEL_VERSION_SELECT, toModelVersion } from './to-model-version.js';

const ALIAS_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

/** Points an alias (per modality) at a model version and records the assignment in its history. */
export async function setModelAlias(
  input: { name: string; modelVersionId: string; viewer: Viewer },
  { db }: DbDeps,
): Promise<ModelVersion> {
  assertRole(input.viewer, ['ADMIN', 'TRAINER'], 'move model aliases');
  if (!ALIAS_NAME.test(input.name))
    throw new AppError(
      'INVALID_INPUT',
      'Alias names are 1-40 lowercase letters, digits, - or _, starting with a letter',
    );
  const model = await db.modelVersion.findUnique({
    where: { id: input.modelVersionId },
    select: { id: true, modality: true },
  });
  if (!model) throw new AppError('NOT_FOUND', `Model version ${input.modelVersionId} not found`);
  await db.$transaction([
    db.modelAlias.upsert({
      where: { name_modality: { name: input.name, modality: model.modality } },
      create: { name: input.name, modality: model.modality, modelVersionId: model.id },
      update: { modelVersionId: model.id },
    }),
    db.modelAliasHistory.create({
      data: { name: input.name, modality: model.modality, modelVersionId: model.id, assignedById: input.viewer.keyId },
    }),
  ]);
  return toModelVersion(
    await db.modelVersion.findUniqueOrThrow({ where: { id: model.id }, select: MODEL_VERSION_SELECT }),
  );
}

/** Moves an alias back to the model it pointed at before its current assignment. */
export async function rollbackModelAlias(
  input: { name: string; modality: Modality; viewer: Viewer },
  deps: DbDeps,
): Promise<ModelVersion> {
  const history = await deps.db.modelAliasHistory.findMany({
    where: { name: input.name, modality: input.modality },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
  const current = history[0]?.modelVersionId;
  const previous = history.find((h) => h.modelVersionId !== current);
  if (!previous)
    throw new AppError('CONFLICT', `Alias ${input.name} (${input.modality}) has no earlier model to roll back to`);
  return setModelAlias({ name: input.name, modelVersionId: previous.modelVersionId, viewer: input.viewer }, deps);
}

/** Assignments of an alias, newest first. */
export async function findAliasHistory(
  input: { name: string; modality: Modality },
  { db }: DbDeps,
): Promise<AliasAssignment[]> {
  const rows = await db.modelAliasHistory.findMany({
    where: { name: input.name, modality: input.modality },
    orderBy: { createdAt: 'desc' },
    take: 200,
  });
  return rows.map((r) => ({
    name: r.name,
    modality: r.modality,
    modelVersionId: r.modelVersionId,
    assignedById: r.assignedById,
    createdAt: r.createdAt,
  }));
}
