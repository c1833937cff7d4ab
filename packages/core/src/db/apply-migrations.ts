import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** prisma/migrations in this repository. */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../../../prisma/migrations', import.meta.url));

// Same advisory lock key as Prisma's schema engine, so our runner and `prisma migrate deploy` never overlap.
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface ApplyMigrationsOptions {
  databaseUrl: string;
  migrationsDir?: string;
  log?: (message: string) => void;
}

/**
 * Applies pending Prisma-format migrations without Prisma's native engine, writing the same
 * `_prisma_migrations` rows, so `prisma migrate deploy` accepts the database later.
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const dir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    for (const name of names) {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const previous = done.get(name);
      if (previous?.finished_at) {
        if (previous.checksum !== checksum) options.log?.(`warning: migration ${name} was edited after it was applied`);
        continue;
      }
      if (previous)
        throw new Error(`Migration ${name} failed earlier; fix the database and mark it rolled back before retrying`);
      await applyOne({ client, name, sql, checksum });
      options.log?.(`applied migration ${name}`);
      applied.push(name);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]).catch(() => undefined); // connection may be gone
    await client.end();
  }
  return applied;
}

async function applyOne(options: { client: pg.Client; name: string; sql: string; checksum: string }): Promise<void> {
  const { client, name, sql, checksum } = options;
  const id = randomUUID();
  await client.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
    [id, checksum, name],
  );
  try {
    // One simple-protocol query runs the whole file in one implicit transaction, as Prisma's engine does.
    await client.query(sql);
  } catch (error) {
    await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, String(error)]);
    throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
  }
  await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [
    id,
  ]);
}
