import type { Role } from '@emolab/core/domain';
import { findApiKeys, issueApiKey, revokeApiKey } from '@emolab/core/services';
import type { ApiContext } from '../context.js';
import { isoDate } from '../iso-date.js';

/** Admin management of API keys. */
export const apiKeyResolvers = {
  Query: {
    apiKeys: async (_: unknown, __: unknown, ctx: ApiContext) => findApiKeys({ viewer: await ctx.viewer() }, ctx.deps),
  },
  Mutation: {
    createApiKey: async (_: unknown, args: { name: string; role: Role }, ctx: ApiContext) => issueApiKey({ ...args, viewer: await ctx.viewer() }, ctx.deps),
    revokeApiKey: async (_: unknown, args: { id: string }, ctx: ApiContext) => revokeApiKey({ ...args, viewer: await ctx.viewer() }, ctx.deps),
  },
  ApiKey: { createdAt: isoDate('createdAt'), lastUsedAt: isoDate('lastUsedAt'), revokedAt: isoDate('revokedAt') },
};
