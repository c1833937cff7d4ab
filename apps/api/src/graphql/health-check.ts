import type { CoreDeps } from '@emolab/core/services';

/** What the public `health` query reports. */
export interface Health {
  ok: boolean;
  version: string;
  database: boolean;
  redis: boolean;
}

/** Returns the latest health, probing PostgreSQL and Redis at most once per `ttlMs`. */
export type HealthCheck = () => Promise<Health>;

/** Options of createHealthCheck; `now` and the timeouts are there for tests. */
export interface HealthCheckOptions {
  deps: Pick<CoreDeps, 'db' | 'queues'>;
  /** How long one probe's answer is reused (default 1 s). */
  ttlMs?: number;
  /** How long a probe may take before its dependency counts as down (default 2 s). */
  probeTimeoutMs?: number;
  now?: () => number;
}

async function probe(check: () => Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    // Clients retry forever while a server is down; health must answer anyway.
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs).unref();
      }),
    ]);
    return true;
  } catch {
    return false; // a down dependency is what health reports, not an error
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A per-server health check. `health` is public, so one request can alias it many times and many
 * clients poll it: every caller while a probe is in flight, and within `ttlMs` of its answer,
 * shares that probe instead of each costing a PostgreSQL and a Redis round trip.
 */
export function createHealthCheck(options: HealthCheckOptions): HealthCheck {
  const { deps, ttlMs = 1_000, probeTimeoutMs = 2_000, now = Date.now } = options;
  let cached: { at: number; health: Health } | undefined;
  let inFlight: Promise<Health> | undefined;
  const run = async (): Promise<Health> => {
    const [database, redis] = await Promise.all([
      probe(() => deps.db.$queryRaw`SELECT 1`, probeTimeoutMs),
      probe(() => deps.queues.training.count(), probeTimeoutMs),
    ]);
    return { ok: database && redis, version: '0.1.0', database, redis };
  };
  return () => {
    if (cached && now() - cached.at < ttlMs) return Promise.resolve(cached.health);
    inFlight ??= run()
      .then((health) => {
        cached = { at: now(), health };
        return health;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
}
