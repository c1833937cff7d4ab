import type { Role, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import type { DbDeps } from '../deps.js';
import { assertRole } from './authenticate-api-key.js';
import { createApiKey } from './create-api-key.js';

/** An API key as admins see it: never the key itself. */
export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** All keys, newest first (admins only). */
export async function findApiKeys(input: { viewer: Viewer }, { db }: DbDeps): Promise<ApiKeySummary[]> {
  assertRole(input.viewer, ['ADMIN'], 'list API keys');
  const rows = await db.apiKey.findMany({ orderBy: { createdAt: 'desc' } });
  return rows.map(({ keyHash: _, ...row }) => row);
}

/** Creates a key with a role (admins only); the plain key is returned once and never stored. */
export async function issueApiKey(
  input: { name: string; role: Role; viewer: Viewer },
  deps: DbDeps,
): Promise<{ key: ApiKeySummary; plainKey: string }> {
  assertRole(input.viewer, ['ADMIN'], 'create API keys');
  const name = input.name.trim();
  if (!name || name.length > 100)
    throw new AppError('INVALID_INPUT', 'Name the key (1-100 characters), e.g. who or what uses it');
  const { id, plainKey } = await createApiKey({ name, role: input.role }, deps);
  const { keyHash: _, ...key } = await deps.db.apiKey.findUniqueOrThrow({ where: { id } });
  return { key, plainKey };
}

/** Revokes a key at once (admins only); an admin cannot revoke the key they are using. */
export async function revokeApiKey(input: { id: string; viewer: Viewer }, { db }: DbDeps): Promise<ApiKeySummary> {
  assertRole(input.viewer, ['ADMIN'], 'revoke API keys');
  if (input.id === input.viewer.keyId)
    throw new AppError('CONFLICT', 'You cannot revoke the key you are signed in with');
  const row = await db.apiKey.findUnique({ where: { id: input.id } });
  if (!row) throw new AppError('NOT_FOUND', `API key ${input.id} not found`);
  const { keyHash: _, ...key } = await db.apiKey.update({
    where: { id: row.id },
    data: { revokedAt: row.revokedAt ?? new Date() },
  });
  return key;
}
