import type { Resolvers } from '../generated/resolvers-types.js';

/** Public liveness query. */
export const healthResolvers = {
  Query: {
    // Cached and shared per server (deps.health), so aliasing it many times costs one probe.
    health: (_, __, { deps }) => deps.health(),
    viewer: (_, __, ctx) => ctx.viewer(),
  },
} satisfies Resolvers;
