import type { TrainingRun } from '@emolab/core/domain';
import {
  cancelTrainingRun, createTrainingRun, findDatasetVersion, retryTrainingRun, findModelVersion, findTrainingEpochs, findTrainingRun, findTrainingRuns,
  type CreateTrainingRunInput,
} from '@emolab/core/services';
import type { ApiContext } from '../context.js';
import { isoDate } from '../iso-date.js';

/** Training run queries, mutations and fields. */
export const trainingRunResolvers = {
  Query: {
    trainingRuns: async (_: unknown, __: unknown, ctx: ApiContext) => (await ctx.viewer(), findTrainingRuns(ctx.deps)),
    trainingRun: async (_: unknown, args: { id: string }, ctx: ApiContext) => (await ctx.viewer(), findTrainingRun(args, ctx.deps)),
  },
  Mutation: {
    startTrainingRun: async (_: unknown, { input }: { input: Omit<CreateTrainingRunInput, 'viewer'> }, ctx: ApiContext) =>
      createTrainingRun({ ...input, viewer: await ctx.viewer() }, ctx.deps),
    cancelTrainingRun: async (_: unknown, args: { id: string }, ctx: ApiContext) => cancelTrainingRun({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    retryTrainingRun: async (_: unknown, args: { id: string }, ctx: ApiContext) => retryTrainingRun({ ...args, viewer: await ctx.viewer() }, ctx.deps),
  },
  TrainingRun: {
    createdAt: isoDate('createdAt'),
    startedAt: isoDate('startedAt'),
    finishedAt: isoDate('finishedAt'),
    durationSeconds: (run: TrainingRun) =>
      run.startedAt ? ((run.finishedAt ?? new Date()).getTime() - run.startedAt.getTime()) / 1000 : null,
    epochs: (run: TrainingRun, _: unknown, ctx: ApiContext) => findTrainingEpochs({ runId: run.id }, ctx.deps),
    datasetVersion: (run: TrainingRun, _: unknown, ctx: ApiContext) => findDatasetVersion({ id: run.datasetVersionId }, ctx.deps),
    modelVersion: (run: TrainingRun, _: unknown, ctx: ApiContext) =>
      run.modelVersionId ? findModelVersion({ id: run.modelVersionId }, ctx.deps) : null,
  },
};
