import type { Modality } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import type { DbDeps } from '../deps.js';

/** Resolves the model to serve: the given version, or the modality's `production` alias. Throws NOT_FOUND. */
export async function getModelVersionIdForPrediction(
  input: { modality: Modality; modelVersionId?: string | null },
  { db }: DbDeps,
): Promise<string> {
  if (input.modelVersionId) {
    const row = await db.modelVersion.findUnique({
      where: { id: input.modelVersionId },
      select: { id: true, modality: true },
    });
    if (!row) throw new AppError('NOT_FOUND', `Model version ${input.modelVersionId} not found`);
    if (row.modality !== input.modality)
      throw new AppError('INVALID_INPUT', `Model version ${row.id} is an ${row.modality} model, not ${input.modality}`);
    return row.id;
  }
  const alias = await db.modelAlias.findUnique({
    where: { name_modality: { name: 'production', modality: input.modality } },
  });
  if (!alias)
    throw new AppError('NOT_FOUND', `No production ${input.modality.toLowerCase()} model yet: train one first`);
  return alias.modelVersionId;
}

/** The serialised weights of a model version. Throws NOT_FOUND. */
export async function getModelWeights(input: { id: string }, { db }: DbDeps): Promise<Uint8Array> {
  const row = await db.modelVersion.findUnique({ where: { id: input.id }, select: { weights: true } });
  if (!row) throw new AppError('NOT_FOUND', `Model version ${input.id} not found`);
  return row.weights;
}
