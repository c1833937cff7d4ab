import 'server-only';
import { graphql } from '../../gql';
import type { RollbackModelAliasMutation, RollbackModelAliasMutationVariables } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

const ROLLBACK_MODEL_ALIAS_MUTATION = graphql(`
  mutation RollbackModelAlias($name: String!, $modality: Modality!) {
    rollbackModelAlias(name: $name, modality: $modality) { id }
  }
`);

/** Moves an alias back to the model version it pointed at before; returns that version's id. */
export async function rollbackModelAlias(
  options: RollbackModelAliasMutationVariables,
): Promise<RollbackModelAliasMutation['rollbackModelAlias']> {
  const data = await queryApi(ROLLBACK_MODEL_ALIAS_MUTATION, options);
  return data.rollbackModelAlias;
}
