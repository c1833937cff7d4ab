import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { createDb } from '@emolab/core/db';
import { authenticateApiKey, ensureAdminCredentials, readCredentialsFile } from '@emolab/core/services';
import { tempDir } from '../../support/fixtures.js';

describe('ensureAdminCredentials', () => {
  const db = createDb({ databaseUrl: inject('databaseUrl'), maxConnections: 1 });
  afterAll(() => db.$disconnect());

  it('creates an admin key on first start, stores only its hash and writes it with mode 0600', async () => {
    const file = path.join(await tempDir('creds'), 'credentials');
    expect(await ensureAdminCredentials({ credentialsPath: file }, { db })).toEqual({ created: true });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const key = await readCredentialsFile(file);
    expect(key).toMatch(/^emo_/);
    expect(await authenticateApiKey({ key: key! }, { db })).toMatchObject({ role: 'ADMIN' });
    expect(await db.apiKey.count({ where: { keyHash: key! } })).toBe(0);
  });

  describe('when the file already holds a working admin key', () => {
    it('keeps it', async () => {
      const file = path.join(await tempDir('creds'), 'credentials');
      await ensureAdminCredentials({ credentialsPath: file }, { db });
      const before = await readFile(file, 'utf8');
      expect(await ensureAdminCredentials({ credentialsPath: file }, { db })).toEqual({ created: false });
      expect(await readFile(file, 'utf8')).toBe(before);
    });
  });
});
