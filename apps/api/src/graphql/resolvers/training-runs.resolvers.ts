import { AppError } from '@emolab/core/errors';
import {
  cancelTrainingRun,
  createTrainingRun,
  findDatasetVersion,
  retryTrainingRun,
  findModelVersion,
  findTrainingEpochs,
  findTrainingRun,
  findTrainingRuns,
} from '@emolab/core/services';
import { isoDate, isoDateOrNull } from '../iso-date.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Training run queries, mutations and fields. */
export const trainingRunResolvers = {
  Query: {
    trainingRuns: async (_, __, ctx) => (await ctx.viewer(), findTrainingRuns(ctx.deps)),
    trainingRun: async (_, args, ctx) => (await ctx.viewer(), findTrainingRun(args, ctx.deps)),
  },
  Mutation: {
    startTrainingRun: async (_, { input }, ctx) =>
      createTrainingRun({ ...input, viewer: await ctx.viewer() }, ctx.deps),
    cancelTrainingRun: async (_, args, ctx) => cancelTrainingRun({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    retryTrainingRun: async (_, args, ctx) => retryTrainingRun({ ...args, viewer: await ctx.viewer() }, ctx.deps),
  },
  TrainingRun: {
    createdAt: isoDate('createdAt'),
    startedAt: isoDateOrNull('startedAt'),
    finishedAt: isoDateOrNull('finishedAt'),
    durationSeconds: (run) =>
      run.startedAt ? ((run.finishedAt ?? new Date()).getTime() - run.startedAt.getTime()) / 1000 : null,
    epochs: (run, _, ctx) => findTrainingEpochs({ runId: run.id }, ctx.deps),
    // Non-null in the schema: a run always has its version (a foreign key), so a miss is a broken database.
    datasetVersion: async (run, _, ctx) =>
      (await findDatasetVersion({ id: run.datasetVersionId }, ctx.deps)) ??
      Promise.reject(new AppError('NOT_FOUND', `Dataset version ${run.datasetVersionId} not found`)),
    modelVersion: (run, _, ctx) => (run.modelVersionId ? findModelVersion({ id: run.modelVersionId }, ctx.deps) : null),
  },
} satisfies Resolvers;
