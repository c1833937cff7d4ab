import type { ApiContext } from '../context.js';

async function probe(check: () => Promise<unknown>): Promise<boolean> {
  try {
    // Clients retry forever while a server is down; health must answer anyway.
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000).unref())]);
    return true;
  } catch {
    return false; // a down dependency is what health reports, not an error
  }
}

/** Public liveness query. */
export const healthResolvers = {
  Query: {
    health: async (_: unknown, __: unknown, { deps }: ApiContext) => {
      const [database, redis] = await Promise.all([
        probe(() => deps.db.$queryRaw`SELECT 1`),
        probe(() => deps.queues.training.count()),
      ]);
      return { ok: database && redis, version: '0.1.0', database, redis };
    },
    viewer: (_: unknown, __: unknown, ctx: ApiContext) => ctx.viewer(),
  },
};
