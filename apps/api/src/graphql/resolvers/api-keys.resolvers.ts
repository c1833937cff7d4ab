import { findApiKeys, issueApiKey, revokeApiKey } from '@emolab/core/services';
import { isoDate, isoDateOrNull } from '../iso-date.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Admin management of API keys. */
export const apiKeyResolvers = {
  Query: {
    apiKeys: async (_, __, ctx) => findApiKeys({ viewer: await ctx.viewer() }, ctx.deps),
  },
  Mutation: {
    createApiKey: async (_, args, ctx) => issueApiKey({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    revokeApiKey: async (_, args, ctx) => revokeApiKey({ ...args, viewer: await ctx.viewer() }, ctx.deps),
  },
  ApiKey: {
    createdAt: isoDate('createdAt'),
    lastUsedAt: isoDateOrNull('lastUsedAt'),
    revokedAt: isoDateOrNull('revokedAt'),
  },
} satisfies Resolvers;
