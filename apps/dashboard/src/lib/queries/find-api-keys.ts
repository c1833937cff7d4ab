import 'server-only';
import { graphql } from '../../gql';
import type { ApiKeysQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** An API key as admins see it (never the secret). */
export type ApiKeySummary = ApiKeysQuery['apiKeys'][number];

const API_KEYS_QUERY = graphql(`
  query ApiKeys { viewer { keyId } apiKeys { id name prefix role createdAt lastUsedAt revokedAt } }
`);

/** All API keys, newest first, and the signed-in key's id (admins only; others get FORBIDDEN). */
export async function findApiKeys(): Promise<{ keys: ApiKeySummary[]; ownKeyId: string }> {
  const data = await queryApi(API_KEYS_QUERY);
  const time = (value: string) => (/^\d+$/.test(value) ? Number(value) : Date.parse(value));
  return { keys: [...data.apiKeys].sort((a, b) => time(b.createdAt) - time(a.createdAt)), ownKeyId: data.viewer.keyId };
}
