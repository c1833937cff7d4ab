import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it, inject } from 'vitest';
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from '@emolab/core/db';

describe('applyMigrations', () => {
  const names = readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

  it('records every migration the way Prisma does (sha256 checksum, finished, one step)', async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT migration_name, checksum, finished_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const row of rows) {
        const sql = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, 'migration.sql'), 'utf8');
        expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.applied_steps_count).toBe(1);
        expect(row.logs).toBeNull();
      }
    } finally {
      await client.end();
    }
  });

  describe('when every migration is already applied', () => {
    it('applies nothing', async () => {
      expect(await applyMigrations({ databaseUrl: inject('databaseUrl') })).toEqual([]);
    });
  });
});
