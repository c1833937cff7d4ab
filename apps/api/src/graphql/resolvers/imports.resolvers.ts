import type { ImportJob, Modality } from '@emolab/core/domain';
import { createImportJob, findDataset, findDatasetVersion, findImportJob, findUploadedPaths, finishImportJob } from '@emolab/core/services';
import type { ApiContext } from '../context.js';
import { isoDate } from '../iso-date.js';

type CreateImportArgs = { input: { datasetName: string; modality: Modality; format: string } };

/** Import queries, mutations and fields. */
export const importResolvers = {
  Query: {
    importJob: async (_: unknown, args: { id: string }, ctx: ApiContext) => (await ctx.viewer(), findImportJob(args, ctx.deps)),
  },
  Mutation: {
    createImport: async (_: unknown, { input }: CreateImportArgs, ctx: ApiContext) =>
      createImportJob({ ...input, viewer: await ctx.viewer() }, ctx.deps),
    finishImport: async (_: unknown, args: { id: string }, ctx: ApiContext) =>
      finishImportJob({ importJobId: args.id, viewer: await ctx.viewer() }, ctx.deps),
  },
  ImportJob: {
    createdAt: isoDate('createdAt'),
    uploadedPaths: (job: ImportJob, _: unknown, ctx: ApiContext) => findUploadedPaths({ id: job.id }, ctx.deps),
    dataset: (job: ImportJob, _: unknown, ctx: ApiContext) => (job.datasetId ? findDataset({ id: job.datasetId }, ctx.deps) : null),
    datasetVersion: (job: ImportJob, _: unknown, ctx: ApiContext) =>
      job.datasetVersionId ? findDatasetVersion({ id: job.datasetVersionId }, ctx.deps) : null,
  },
};
