import type { DatasetVersion, Emotion } from '@emolab/core/domain';
import {
  commitDatasetVersion, diffDatasetVersions, findDatasetVersion, findLabelCounts, findLabelHistory, findSamples, setSampleLabels,
  resplitDatasetVersion, startLabelingDraft, undoLabelChanges, type SampleFilter, type SampleSummary, type SplitStrategy,
} from '@emolab/core/services';
import type { ApiContext } from '../context.js';
import { isoDate } from '../iso-date.js';
import { findModelDisagreements } from '../../registry/find-model-disagreements.js';

/** Labeling drafts, label changes with history and undo, sample listing, version diffs. */
export const labelingResolvers = {
  Query: {
    datasetVersion: async (_: unknown, args: { id: string }, ctx: ApiContext) => (await ctx.viewer(), findDatasetVersion(args, ctx.deps)),
    labelHistory: async (_: unknown, args: { sampleId: string }, ctx: ApiContext) => (await ctx.viewer(), findLabelHistory(args, ctx.deps)),
    modelDisagreements: async (_: unknown, args: { datasetVersionId: string; modelVersionId?: string | null; minConfidence?: number | null; first?: number | null }, ctx: ApiContext) =>
      (await ctx.viewer(), findModelDisagreements(args, ctx.deps)),
    diffDatasetVersions: async (_: unknown, args: { fromId: string; toId: string }, ctx: ApiContext) => (await ctx.viewer(), diffDatasetVersions(args, ctx.deps)),
  },
  Mutation: {
    startLabeling: async (_: unknown, args: { datasetId: string }, ctx: ApiContext) => startLabelingDraft({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    setLabels: async (_: unknown, args: { sampleIds: string[]; label?: Emotion | null }, ctx: ApiContext) =>
      setSampleLabels({ sampleIds: args.sampleIds, label: args.label ?? null, viewer: await ctx.viewer() }, ctx.deps),
    undoLabels: async (_: unknown, args: { batchId?: string | null }, ctx: ApiContext) => undoLabelChanges({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    resplitDatasetVersion: async (_: unknown, args: { id: string; strategy: SplitStrategy; seed?: number | null; testFraction?: number | null; validationFraction?: number | null }, ctx: ApiContext) =>
      resplitDatasetVersion({ id: args.id, strategy: args.strategy, seed: args.seed ?? 42, testFraction: args.testFraction ?? 0.2, validationFraction: args.validationFraction ?? 0.1, viewer: await ctx.viewer() }, ctx.deps),
    commitDatasetVersion: async (_: unknown, args: { id: string; note?: string | null }, ctx: ApiContext) =>
      commitDatasetVersion({ ...args, viewer: await ctx.viewer() }, ctx.deps),
  },
  DatasetVersion: {
    createdAt: isoDate('createdAt'),
    labelCounts: (v: DatasetVersion, _: unknown, ctx: ApiContext) => findLabelCounts({ datasetVersionId: v.id }, ctx.deps),
    samples: (v: DatasetVersion, args: { filter?: SampleFilter; first?: number; after?: string }, ctx: ApiContext) =>
      findSamples({ datasetVersionId: v.id, ...args }, ctx.deps),
  },
  Sample: { contentPath: (s: SampleSummary) => `/samples/${s.id}/content` },
  LabelChange: { createdAt: isoDate('createdAt') },
};
