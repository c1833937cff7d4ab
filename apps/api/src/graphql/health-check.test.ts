import { describe, expect, it } from 'vitest';
import { createHealthCheck, type HealthCheckOptions } from './health-check.js';

/** Fake PostgreSQL and Redis that count their probes; `redisDown` makes Redis fail. */
function fakeDeps(options: { redisDown?: boolean } = {}) {
  const calls = { database: 0, redis: 0 };
  const deps = {
    db: {
      $queryRaw: async () => {
        calls.database += 1;
        return [{ '?column?': 1 }];
      },
    },
    queues: {
      training: {
        count: async () => {
          calls.redis += 1;
          if (options.redisDown) throw new Error('ECONNREFUSED');
          return 0;
        },
      },
    },
  } as unknown as HealthCheckOptions['deps'];
  return { deps, calls };
}

describe('createHealthCheck', () => {
  it('reports both dependencies up', async () => {
    const { deps } = fakeDeps();
    await expect(createHealthCheck({ deps })()).resolves.toEqual({
      ok: true,
      version: '0.1.0',
      database: true,
      redis: true,
    });
  });

  it('shares one probe among concurrent callers', async () => {
    const { deps, calls } = fakeDeps();
    const health = createHealthCheck({ deps });
    const answers = await Promise.all(Array.from({ length: 1_000 }, () => health()));
    expect(calls).toEqual({ database: 1, redis: 1 });
    expect(new Set(answers).size).toBe(1);
  });

  it('reuses an answer for ttlMs, then probes again', async () => {
    const { deps, calls } = fakeDeps();
    let clock = 0;
    const health = createHealthCheck({ deps, ttlMs: 1_000, now: () => clock });
    await health();
    clock = 999;
    await health();
    expect(calls.database).toBe(1);
    clock = 1_000;
    await health();
    expect(calls.database).toBe(2);
  });

  describe('when a dependency is down', () => {
    it('reports it instead of throwing', async () => {
      const { deps } = fakeDeps({ redisDown: true });
      await expect(createHealthCheck({ deps })()).resolves.toMatchObject({ ok: false, database: true, redis: false });
    });

    it('counts a probe that hangs past probeTimeoutMs as down', async () => {
      const deps = {
        db: { $queryRaw: () => new Promise(() => {}) },
        queues: { training: { count: async () => 0 } },
      } as unknown as HealthCheckOptions['deps'];
      await expect(createHealthCheck({ deps, probeTimeoutMs: 20 })()).resolves.toMatchObject({
        ok: false,
        database: false,
        redis: true,
      });
    });
  });
});
