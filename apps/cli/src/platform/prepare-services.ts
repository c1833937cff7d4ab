import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '@emolab/core/config';
import { applyMigrations, createDb } from '@emolab/core/db';
import { startEmbeddedPostgres, startRedisServer } from '@emolab/core/infra';
import { ensureAdminCredentials } from '@emolab/core/services';
import { CliError } from '../cli-error.js';

/** The database and Redis the platform runs on, and how to stop the ones we started. */
export interface PreparedServices {
  databaseUrl: string;
  redisUrl: string;
  credentialsPath: string;
  credentialsCreated: boolean;
  pids: Record<string, number | undefined>;
  stop(): Promise<void>;
}

const quiet = (prefix: string) => (message: string) => {
  if (/error|fatal|panic/i.test(message)) console.error(`[${prefix}] ${message}`);
};

/**
 * Starts embedded PostgreSQL and redis-server under the data folder unless DATABASE_URL / REDIS_URL
 * point elsewhere, applies migrations, and makes sure an admin key exists in `<data>/credentials`.
 */
export async function prepareServices(config: Config): Promise<PreparedServices> {
  await mkdir(config.dataDir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  const pids: Record<string, number | undefined> = {};
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((error: unknown) => console.error('[emolab] stop failed:', error));
  };
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        dir: path.join(config.dataDir, 'postgres'),
        port: config.EMOLAB_EMBEDDED_PG_PORT,
        log: quiet('postgres'),
      }).catch((error: Error) => {
        throw new CliError(error.message, 'POSTGRES');
      });
      stops.push(pg.stop);
      pids.postgres = pg.pid;
      databaseUrl = pg.databaseUrl;
    }
    let redisUrl = config.REDIS_URL;
    if (!redisUrl) {
      const redis = await startRedisServer({
        dir: path.join(config.dataDir, 'redis'),
        port: config.EMOLAB_EMBEDDED_REDIS_PORT,
        log: quiet('redis'),
      }).catch((error: Error) => {
        throw new CliError(error.message, 'REDIS');
      });
      stops.push(redis.stop);
      pids.redis = redis.pid;
      redisUrl = redis.redisUrl;
    }
    await applyMigrations({ databaseUrl, log: (m) => console.log(`[emolab] ${m}`) });
    const db = createDb({ databaseUrl, maxConnections: 1 });
    const credentialsPath = path.join(config.dataDir, 'credentials');
    try {
      const { created } = await ensureAdminCredentials({ credentialsPath }, { db });
      return { databaseUrl, redisUrl, credentialsPath, credentialsCreated: created, pids, stop };
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
