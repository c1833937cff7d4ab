import 'server-only';
import { queryApi } from '../api/query-api';
import type { Modality } from '../api/types';

const ROLLBACK_MODEL_ALIAS_MUTATION = /* GraphQL */ `
  mutation RollbackModelAlias($name: String!, $modality: Modality!) {
    rollbackModelAlias(name: $name, modality: $modality) { id }
  }
`;

/** Moves an alias back to the model version it pointed at before; returns that version's id. */
export async function rollbackModelAlias(options: { name: string; modality: Modality }): Promise<{ id: string }> {
  const data = await queryApi<{ rollbackModelAlias: { id: string } }>(ROLLBACK_MODEL_ALIAS_MUTATION, options);
  return data.rollbackModelAlias;
}
