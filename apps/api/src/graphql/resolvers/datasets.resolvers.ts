import type { Dataset } from '@emolab/core/domain';
import { findDataset, findDatasets, findDatasetVersions, findLabelCounts } from '@emolab/core/services';
import type { ApiContext } from '../context.js';
import { isoDate } from '../iso-date.js';

/** Dataset queries and fields. */
export const datasetResolvers = {
  Query: {
    datasets: async (_: unknown, __: unknown, ctx: ApiContext) => (await ctx.viewer(), findDatasets(ctx.deps)),
    dataset: async (_: unknown, args: { id: string }, ctx: ApiContext) => (await ctx.viewer(), findDataset(args, ctx.deps)),
  },
  Dataset: {
    sampleCount: (d: Dataset) => d.latestVersion?.sampleCount ?? 0,
    createdAt: isoDate('createdAt'),
    versions: (d: Dataset, _: unknown, ctx: ApiContext) => findDatasetVersions({ datasetId: d.id }, ctx.deps),
    labelCounts: (d: Dataset, _: unknown, ctx: ApiContext) =>
      d.latestVersion ? findLabelCounts({ datasetVersionId: d.latestVersion.id }, ctx.deps) : [],
  },
  DatasetVersion: { createdAt: isoDate('createdAt') },
};
