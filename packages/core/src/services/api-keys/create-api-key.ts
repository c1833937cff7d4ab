import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../domain/index.js';
import type { DbDeps } from '../deps.js';

export interface CreateApiKeyInput {
  name: string;
  role: Role;
}

/** sha256 of a plain key; keys are 256-bit random, so a fast hash is enough. */
export function hashApiKey(plainKey: string): string {
  return createHash('sha256').update(plainKey).digest('hex');
}

/** Creates a key and returns its plain text once; only the hash is stored. */
export async function createApiKey(
  input: CreateApiKeyInput,
  { db }: DbDeps,
): Promise<{ id: string; plainKey: string }> {
  const plainKey = `emo_${randomBytes(32).toString('base64url')}`;
  const row = await db.apiKey.create({
    data: { name: input.name, role: input.role, prefix: plainKey.slice(0, 10), keyHash: hashApiKey(plainKey) },
  });
  return { id: row.id, plainKey };
}
