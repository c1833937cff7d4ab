import type { Hyperparameters, ModelVersion, TrainingEpoch } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import type { DbDeps } from '../deps.js';
import { toTrainingEpoch } from '../training-runs/to-training-run.js';
import { MODEL_VERSION_SELECT, toModelVersion } from './to-model-version.js';

/** A model version with what a comparison needs: per-sample test predictions, hyperparameters and learning curves. */
export interface ComparableModel {
  model: ModelVersion;
  testPredictions: [string, number, number][];
  hyperparameters: Hyperparameters | null;
  epochs: TrainingEpoch[];
}

/** Loads 2 to 4 model versions for a side-by-side comparison. Throws INVALID_INPUT or NOT_FOUND. */
export async function findModelsForComparison(input: { ids: string[] }, { db }: DbDeps): Promise<ComparableModel[]> {
  const ids = [...new Set(input.ids)];
  if (ids.length < 2 || ids.length > 4) throw new AppError('INVALID_INPUT', 'Compare 2 to 4 distinct model versions');
  const rows = await db.modelVersion.findMany({
    where: { id: { in: ids } },
    select: {
      ...MODEL_VERSION_SELECT,
      testPredictions: true,
      trainingRun: { select: { hyperparameters: true, epochs: { orderBy: { epoch: 'asc' } } } },
    },
  });
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new AppError('NOT_FOUND', `Model version ${missing.join(', ')} not found`);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id)!;
    return {
      model: toModelVersion(row),
      testPredictions: (row.testPredictions ?? []) as [string, number, number][],
      hyperparameters: (row.trainingRun?.hyperparameters ?? null) as Hyperparameters | null,
      epochs: (row.trainingRun?.epochs ?? []).map(toTrainingEpoch),
    };
  });
}
