import 'server-only';
import { queryApi } from '../api/query-api';
import type { Role } from '../api/types';

/** An API key as admins see it (never the secret). */
export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const API_KEYS_QUERY = /* GraphQL */ `
  query ApiKeys { viewer { keyId } apiKeys { id name prefix role createdAt lastUsedAt revokedAt } }
`;

/** All API keys, newest first, and the signed-in key's id (admins only; others get FORBIDDEN). */
export async function findApiKeys(): Promise<{ keys: ApiKeySummary[]; ownKeyId: string }> {
  const data = await queryApi<{ viewer: { keyId: string }; apiKeys: ApiKeySummary[] }>(API_KEYS_QUERY);
  const time = (value: string) => (/^\d+$/.test(value) ? Number(value) : Date.parse(value));
  return { keys: [...data.apiKeys].sort((a, b) => time(b.createdAt) - time(a.createdAt)), ownKeyId: data.viewer.keyId };
}
