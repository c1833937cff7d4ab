import type { Role, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import type { DbDeps } from '../deps.js';
import { hashApiKey } from './create-api-key.js';

/** Resolves a Bearer key to its viewer, or throws UNAUTHENTICATED. */
export async function authenticateApiKey(input: { key: string | undefined }, { db }: DbDeps): Promise<Viewer> {
  if (!input.key) throw new AppError('UNAUTHENTICATED', 'An API key is required: send `Authorization: Bearer <key>`');
  const row = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(input.key) } });
  if (!row || row.revokedAt) throw new AppError('UNAUTHENTICATED', 'The API key is not valid');
  // At most one write a minute per key: enough to show admins which keys are in use.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { keyId: row.id, name: row.name, role: row.role };
}

/** Throws FORBIDDEN unless the viewer has one of the roles. */
export function assertRole(viewer: Viewer, roles: readonly Role[], action: string): void {
  if (!roles.includes(viewer.role)) {
    throw new AppError(
      'FORBIDDEN',
      `The ${viewer.role.toLowerCase()} role cannot ${action}; it needs one of: ${roles.join(', ').toLowerCase()}`,
    );
  }
}
