import { z } from 'zod';
import { DEFAULT_RECIPE, RECIPES, recipeHyperparameters, type TrainingRun, type Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import type { CoreDeps } from '../deps.js';
import { TRAINING_RUN_INCLUDE, toTrainingRun } from './to-training-run.js';

const overridesSchema = z
  .object({
    epochs: z.number().int().min(1).max(500),
    batchSize: z.number().int().min(1).max(1024),
    learningRate: z.number().gt(0).lt(1),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    modelSize: z.enum(['small', 'large']),
    augmentation: z.boolean(),
    labelSmoothing: z.number().min(0).max(0.5),
    earlyStoppingPatience: z.number().int().min(0).max(100),
    classWeighting: z.union([z.boolean(), z.literal('sqrt')]),
    learningRateSchedule: z.enum(['constant', 'cosine', 'one-cycle']),
    warmupFraction: z.number().min(0).lt(1),
    weightDecay: z.number().min(0).max(0.5),
    testTimeAugmentation: z.enum(['none', 'flip', 'flip-shift']),
  })
  .partial();

/** Overrides a launch may set on top of its recipe. */
export type TrainingOverrides = z.infer<typeof overridesSchema>;

/** A launch as a client sends it: each override is checked against overridesSchema here, so any value (or null) may arrive. */
export type CreateTrainingRunInput = { [K in keyof TrainingOverrides]?: unknown } & {
  datasetId?: string | null;
  datasetName?: string | null;
  recipe?: string | null;
  requiresGpu?: boolean | null;
  viewer: Viewer;
};

const withoutNulls = (input: object) =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));

/** Saves a QUEUED run on the dataset's latest version with its recipe's defaults plus overrides, and enqueues it (job id = run id). */
export async function createTrainingRun(input: CreateTrainingRunInput, { db, queues }: CoreDeps): Promise<TrainingRun> {
  assertRole(input.viewer, ['ADMIN', 'TRAINER'], 'start training runs');
  const { datasetId, datasetName, recipe: recipeName, requiresGpu, viewer: _viewer, ...rest } = input;
  const overrides = overridesSchema.strict().safeParse(withoutNulls(rest));
  if (!overrides.success) {
    const issue = overrides.error.issues[0];
    throw new AppError('INVALID_INPUT', `Invalid ${issue?.path.join('.') || 'override'}: ${issue?.message}`);
  }
  const where = datasetId ? { id: datasetId } : datasetName ? { name: datasetName } : null;
  if (!where) throw new AppError('INVALID_INPUT', 'Name the dataset to train on (datasetId or datasetName)');
  const dataset = await db.dataset.findUnique({
    where,
    include: { versions: { where: { frozenAt: { not: null } }, orderBy: { number: 'desc' }, take: 1 } },
  });
  if (!dataset) throw new AppError('NOT_FOUND', `Dataset ${datasetId ?? datasetName} not found`);
  const version = dataset.versions[0];
  if (!version) throw new AppError('INVALID_INPUT', `Dataset ${dataset.name} has no committed version yet`);
  const recipe = RECIPES[recipeName ?? DEFAULT_RECIPE[dataset.modality]];
  if (!recipe)
    throw new AppError(
      'INVALID_INPUT',
      `Unknown recipe '${recipeName}'; use one of: ${Object.keys(RECIPES).join(', ')}`,
    );
  if (recipe.modality !== dataset.modality) {
    throw new AppError(
      'INVALID_INPUT',
      `Recipe ${recipe.name} trains ${recipe.modality} models but ${dataset.name} holds ${dataset.modality} samples`,
    );
  }
  const hyperparameters = recipeHyperparameters(recipe, overrides.data);
  const run = await db.trainingRun.create({
    data: {
      datasetVersionId: version.id,
      recipe: `${recipe.name}@${recipe.version}`,
      hyperparameters: hyperparameters as object,
      requiresGpu: requiresGpu ?? false,
      createdById: input.viewer.keyId,
    },
    include: TRAINING_RUN_INCLUDE,
  });
  await (run.requiresGpu ? queues.gpuTraining : queues.training).add(
    'train',
    { trainingRunId: run.id },
    { jobId: run.id },
  );
  return toTrainingRun(run);
}
