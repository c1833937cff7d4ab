import { RECIPES, type Modality } from '@emolab/core/domain';
import { findAliasHistory, rollbackModelAlias, setModelAlias } from '@emolab/core/services';
import type { ApiContext } from '../context.js';
import { isoDate } from '../iso-date.js';
import { compareModelVersions } from '../../registry/compare-model-versions.js';
import { exportModelVersion, importExportedModel, type ModelFile } from '../../registry/transfer-model-version.js';

/** Recipes, aliases and model comparison. */
export const registryResolvers = {
  Query: {
    recipes: async (_: unknown, __: unknown, ctx: ApiContext) => (await ctx.viewer(), Object.values(RECIPES)),
    aliasHistory: async (_: unknown, args: { name: string; modality: Modality }, ctx: ApiContext) => (await ctx.viewer(), findAliasHistory(args, ctx.deps)),
    exportModelVersion: async (_: unknown, args: { id: string }, ctx: ApiContext) => (await ctx.viewer(), exportModelVersion(args, ctx.deps)),
    compareModelVersions: async (_: unknown, args: { ids: string[] }, ctx: ApiContext) => (await ctx.viewer(), compareModelVersions(args, ctx.deps)),
  },
  Mutation: {
    setModelAlias: async (_: unknown, args: { name: string; modelVersionId: string }, ctx: ApiContext) =>
      setModelAlias({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    importModelVersion: async (_: unknown, args: { datasetName: string; files: ModelFile[] }, ctx: ApiContext) =>
      importExportedModel({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    rollbackModelAlias: async (_: unknown, args: { name: string; modality: Modality }, ctx: ApiContext) =>
      rollbackModelAlias({ ...args, viewer: await ctx.viewer() }, ctx.deps),
  },
  AliasAssignment: { createdAt: isoDate('createdAt') },
};
