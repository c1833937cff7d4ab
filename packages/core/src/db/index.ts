/** Opens the Prisma client (adapter-pg); the Db type. */
export { createDb, type Db } from './create-db.js';
/** Applies prisma/migrations offline with Prisma-compatible bookkeeping. */
export { applyMigrations, DEFAULT_MIGRATIONS_DIR, type ApplyMigrationsOptions } from './apply-migrations.js';
/** Row types of the generated client, for mappers in services. */
export type {
  ImportJob as ImportJobRow,
  TrainingRun as TrainingRunRow,
  ModelVersion as ModelVersionRow,
} from './generated/client.js';
