import type { Config } from '@emolab/core/config';
import { readPlatformFile } from '@emolab/core/infra';

/**
 * DATABASE_URL and REDIS_URL from the environment, or from the platform `npm start` runs in this
 * folder, so `npm run trainer` joins it with no setup.
 */
export async function resolveServices(
  config: Config,
): Promise<{ databaseUrl: string; redisUrl: string; queuePrefix: string } | null> {
  if (config.DATABASE_URL && config.REDIS_URL) {
    return { databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL, queuePrefix: config.EMOLAB_QUEUE_PREFIX };
  }
  const platform = await readPlatformFile(config.dataDir);
  if (!platform) return null;
  return {
    databaseUrl: config.DATABASE_URL ?? platform.databaseUrl,
    redisUrl: config.REDIS_URL ?? platform.redisUrl,
    queuePrefix: platform.queuePrefix,
  };
}
