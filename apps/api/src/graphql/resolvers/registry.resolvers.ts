import { RECIPES } from '@emolab/core/domain';
import { findAliasHistory, rollbackModelAlias, setModelAlias } from '@emolab/core/services';
import { isoDate } from '../iso-date.js';
import { compareModelVersions } from '../../registry/compare-model-versions.js';
import { exportModelVersion, importExportedModel } from '../../registry/transfer-model-version.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Recipes, aliases and model comparison. */
export const registryResolvers = {
  Query: {
    recipes: async (_, __, ctx) => (await ctx.viewer(), Object.values(RECIPES)),
    aliasHistory: async (_, args, ctx) => (await ctx.viewer(), findAliasHistory(args, ctx.deps)),
    exportModelVersion: async (_, args, ctx) => (await ctx.viewer(), exportModelVersion(args, ctx.deps)),
    compareModelVersions: async (_, args, ctx) => (await ctx.viewer(), compareModelVersions(args, ctx.deps)),
  },
  Mutation: {
    setModelAlias: async (_, args, ctx) => setModelAlias({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    importModelVersion: async (_, args, ctx) => importExportedModel({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    rollbackModelAlias: async (_, args, ctx) => rollbackModelAlias({ ...args, viewer: await ctx.viewer() }, ctx.deps),
  },
  AliasAssignment: { createdAt: isoDate('createdAt') },
} satisfies Resolvers;
