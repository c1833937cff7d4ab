import type { Config } from '@emolab/core/config';
import { createDb } from '@emolab/core/db';
import { createQueues } from '@emolab/core/queue';
import type { CoreDeps } from '@emolab/core/services';
import { createHealthCheck, type HealthCheck } from './graphql/health-check.js';
import { createModelCache, type ModelCache } from './prediction/model-cache.js';

/** Everything the API's handlers need, built once from the config. */
export interface ApiDeps extends CoreDeps {
  config: Config;
  models: ModelCache;
  health: HealthCheck;
  close(): Promise<void>;
}

/** The API's composition root. */
export function createApiDeps(config: Config & { DATABASE_URL: string; REDIS_URL: string }): ApiDeps {
  const db = createDb({ databaseUrl: config.DATABASE_URL });
  const queues = createQueues({ redisUrl: config.REDIS_URL, prefix: config.EMOLAB_QUEUE_PREFIX });
  const models = createModelCache({ db, capacity: 8 });
  return {
    config,
    db,
    queues,
    models,
    health: createHealthCheck({ deps: { db, queues } }),
    close: async () => {
      models.clear();
      await queues.close();
      await db.$disconnect();
    },
  };
}
