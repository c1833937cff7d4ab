import type { Db } from '../db/index.js';
import type { Queues } from '../queue/index.js';

/** What services need; built once by each app's composition root. */
export interface CoreDeps {
  db: Db;
  queues: Queues;
}

/** Services that only read or write the database. */
export type DbDeps = Pick<CoreDeps, 'db'>;
