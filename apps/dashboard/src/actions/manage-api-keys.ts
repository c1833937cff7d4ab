'use server';

import { ROLES } from '@emolab/core/domain';
import { revalidatePath } from 'next/cache';
import { graphql } from '@/gql';
import { queryApi } from '@/lib/api/query-api';
import type { RevokeApiKeyMutation, Role } from '@/gql/graphql';
import { runAction } from '@/lib/datasets/run-action';
import type { ActionResult } from '@/lib/datasets/sample-types';

const CREATE_API_KEY_MUTATION = graphql(`
  mutation CreateApiKey($name: String!, $role: Role!) { createApiKey(name: $name, role: $role) { plainKey key { name } } }
`);
const REVOKE_API_KEY_MUTATION = graphql(`mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }`);

/** Issues a key; the plain key comes back this once only. */
export async function createApiKey(options: {
  name: string;
  role: string;
}): Promise<ActionResult<{ plainKey: string; name: string }>> {
  const name = options.name.trim();
  if (!name) return { ok: false, error: 'Give the key a name.' };
  const role = options.role as Role;
  if (!ROLES.includes(role)) return { ok: false, error: 'Pick a role.' };
  return runAction(async () => {
    const data = await queryApi(CREATE_API_KEY_MUTATION, { name, role });
    revalidatePath('/settings');
    return { plainKey: data.createApiKey.plainKey, name: data.createApiKey.key.name };
  });
}

/** Revokes a key at once. */
export async function revokeApiKey(id: string): Promise<ActionResult<RevokeApiKeyMutation['revokeApiKey']>> {
  return runAction(async () => {
    const data = await queryApi(REVOKE_API_KEY_MUTATION, { id });
    revalidatePath('/settings');
    return data.revokeApiKey;
  });
}
