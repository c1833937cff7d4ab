import type { ApiContext } from '../context.js';

/** Public liveness query. */
export const healthResolvers = {
  Query: {
    // Cached and shared per server (deps.health), so aliasing it many times costs one probe.
    health: (_: unknown, __: unknown, { deps }: ApiContext) => deps.health(),
    viewer: (_: unknown, __: unknown, ctx: ApiContext) => ctx.viewer(),
  },
};
