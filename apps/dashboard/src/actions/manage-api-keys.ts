'use server';

import { revalidatePath } from 'next/cache';
import { queryApi } from '@/lib/api/query-api';
import type { Role } from '@/lib/api/types';
import { runAction } from '@/lib/datasets/run-action';
import type { ActionResult } from '@/lib/datasets/sample-types';

const ROLES: readonly Role[] = ['ADMIN', 'TRAINER', 'LABELER', 'VIEWER'];

/** Issues a key; the plain key comes back this once only. */
export async function createApiKey(options: { name: string; role: string }): Promise<ActionResult<{ plainKey: string; name: string }>> {
  const name = options.name.trim();
  if (!name) return { ok: false, error: 'Give the key a name.' };
  if (!ROLES.includes(options.role as Role)) return { ok: false, error: 'Pick a role.' };
  return runAction(async () => {
    const data = await queryApi<{ createApiKey: { plainKey: string; key: { name: string } } }>(
      `mutation Create($name: String!, $role: Role!) { createApiKey(name: $name, role: $role) { plainKey key { name } } }`,
      { name, role: options.role });
    revalidatePath('/settings');
    return { plainKey: data.createApiKey.plainKey, name: data.createApiKey.key.name };
  });
}

/** Revokes a key at once. */
export async function revokeApiKey(id: string): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const data = await queryApi<{ revokeApiKey: { id: string } }>(`mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id } }`, { id });
    revalidatePath('/settings');
    return data.revokeApiKey;
  });
}
