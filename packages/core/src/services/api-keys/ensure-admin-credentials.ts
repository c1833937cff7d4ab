import { readFile, writeFile, mkdir, chmod } from 'node:fs/promises';
import path from 'node:path';
import type { DbDeps } from '../deps.js';
import { createApiKey, hashApiKey } from './create-api-key.js';

/** Reads the plain admin key from a credentials file written by ensureAdminCredentials, or null. */
export async function readCredentialsFile(credentialsPath: string): Promise<string | null> {
  try {
    const text = await readFile(credentialsPath, 'utf8');
    return /^EMOLAB_API_KEY=(\S+)$/m.exec(text)?.[1] ?? null;
  } catch {
    return null; // no file yet: the caller decides what that means
  }
}

/**
 * Makes sure `credentialsPath` holds a working admin key: reuses a valid one, otherwise creates an
 * admin key and writes it there with mode 0600.
 */
export async function ensureAdminCredentials(
  input: { credentialsPath: string },
  deps: DbDeps,
): Promise<{ created: boolean }> {
  const existing = await readCredentialsFile(input.credentialsPath);
  if (existing) {
    const row = await deps.db.apiKey.findUnique({ where: { keyHash: hashApiKey(existing) } });
    if (row && !row.revokedAt && row.role === 'ADMIN') return { created: false };
  }
  const { plainKey } = await createApiKey({ name: 'admin (created on first start)', role: 'ADMIN' }, deps);
  await mkdir(path.dirname(input.credentialsPath), { recursive: true });
  const text = `# Emolab admin API key. Keep it secret. Use it as: Authorization: Bearer <key>\nEMOLAB_API_KEY=${plainKey}\n`;
  await writeFile(input.credentialsPath, text, { mode: 0o600 });
  await chmod(input.credentialsPath, 0o600);
  return { created: true };
}
