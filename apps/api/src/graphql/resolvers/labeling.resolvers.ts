import {
  commitDatasetVersion,
  diffDatasetVersions,
  findDatasetVersion,
  findLabelCounts,
  findLabelHistory,
  findSamples,
  setSampleLabels,
  resplitDatasetVersion,
  startLabelingDraft,
  undoLabelChanges,
} from '@emolab/core/services';
import { isoDate } from '../iso-date.js';
import { findModelDisagreements } from '../../registry/find-model-disagreements.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Labeling drafts, label changes with history and undo, sample listing, version diffs. */
export const labelingResolvers = {
  Query: {
    datasetVersion: async (_, args, ctx) => (await ctx.viewer(), findDatasetVersion(args, ctx.deps)),
    labelHistory: async (_, args, ctx) => (await ctx.viewer(), findLabelHistory(args, ctx.deps)),
    modelDisagreements: async (_, args, ctx) => (await ctx.viewer(), findModelDisagreements(args, ctx.deps)),
    diffDatasetVersions: async (_, args, ctx) => (await ctx.viewer(), diffDatasetVersions(args, ctx.deps)),
  },
  Mutation: {
    startLabeling: async (_, args, ctx) => startLabelingDraft({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    setLabels: async (_, args, ctx) =>
      setSampleLabels({ sampleIds: args.sampleIds, label: args.label ?? null, viewer: await ctx.viewer() }, ctx.deps),
    undoLabels: async (_, args, ctx) => undoLabelChanges({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    resplitDatasetVersion: async (_, args, ctx) =>
      resplitDatasetVersion({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    commitDatasetVersion: async (_, args, ctx) =>
      commitDatasetVersion({ ...args, viewer: await ctx.viewer() }, ctx.deps),
  },
  DatasetVersion: {
    createdAt: isoDate('createdAt'),
    labelCounts: (v, _, ctx) => findLabelCounts({ datasetVersionId: v.id }, ctx.deps),
    samples: (v, args, ctx) => findSamples({ datasetVersionId: v.id, ...args }, ctx.deps),
  },
  Sample: { contentPath: (s) => `/samples/${s.id}/content` },
  LabelChange: { createdAt: isoDate('createdAt') },
} satisfies Resolvers;
