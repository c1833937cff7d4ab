import { findDataset, findDatasets, findDatasetVersions, findLabelCounts } from '@emolab/core/services';
import { isoDate } from '../iso-date.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Dataset queries and fields. */
export const datasetResolvers = {
  Query: {
    datasets: async (_, __, ctx) => (await ctx.viewer(), findDatasets(ctx.deps)),
    dataset: async (_, args, ctx) => (await ctx.viewer(), findDataset(args, ctx.deps)),
  },
  Dataset: {
    sampleCount: (d) => d.latestVersion?.sampleCount ?? 0,
    createdAt: isoDate('createdAt'),
    versions: (d, _, ctx) => findDatasetVersions({ datasetId: d.id }, ctx.deps),
    labelCounts: (d, _, ctx) =>
      d.latestVersion ? findLabelCounts({ datasetVersionId: d.latestVersion.id }, ctx.deps) : [],
  },
  DatasetVersion: { createdAt: isoDate('createdAt') },
} satisfies Resolvers;
