import type { Config } from '@emolab/core/config';
import { createDb } from '@emolab/core/db';
import { createQueues } from '@emolab/core/queue';
import type { CoreDeps } from '@emolab/core/services';

/** What the trainer's job handlers need. */
export interface TrainerDeps extends CoreDeps {
  config: Config & { REDIS_URL: string };
  backend: string;
  close(): Promise<void>;
}

/** The trainer's composition root. */
export function createTrainerDeps(
  config: Config & { DATABASE_URL: string; REDIS_URL: string },
  backend: string,
): TrainerDeps {
  const db = createDb({ databaseUrl: config.DATABASE_URL });
  const queues = createQueues({ redisUrl: config.REDIS_URL, prefix: config.EMOLAB_QUEUE_PREFIX });
  return {
    config,
    db,
    queues,
    backend,
    close: async () => {
      await queues.close();
      await db.$disconnect();
    },
  };
}
