import {
  createImportJob,
  findDataset,
  findDatasetVersion,
  findImportJob,
  findUploadedPaths,
  finishImportJob,
} from '@emolab/core/services';
import { isoDate } from '../iso-date.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Import queries, mutations and fields. */
export const importResolvers = {
  Query: {
    importJob: async (_, args, ctx) => (await ctx.viewer(), findImportJob(args, ctx.deps)),
  },
  Mutation: {
    createImport: async (_, { input }, ctx) => createImportJob({ ...input, viewer: await ctx.viewer() }, ctx.deps),
    finishImport: async (_, args, ctx) =>
      finishImportJob({ importJobId: args.id, viewer: await ctx.viewer() }, ctx.deps),
  },
  ImportJob: {
    createdAt: isoDate('createdAt'),
    uploadedPaths: (job, _, ctx) => findUploadedPaths({ id: job.id }, ctx.deps),
    dataset: (job, _, ctx) => (job.datasetId ? findDataset({ id: job.datasetId }, ctx.deps) : null),
    datasetVersion: (job, _, ctx) =>
      job.datasetVersionId ? findDatasetVersion({ id: job.datasetVersionId }, ctx.deps) : null,
  },
} satisfies Resolvers;
