import 'server-only';
import { graphql } from '../../gql';
import type { SetModelAliasMutation, SetModelAliasMutationVariables } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

const SET_MODEL_ALIAS_MUTATION = graphql(`
  mutation SetModelAlias($name: String!, $modelVersionId: ID!) {
    setModelAlias(name: $name, modelVersionId: $modelVersionId) { id aliases }
  }
`);

/** Points an alias (per modality of the model) at a model version. */
export async function setModelAlias(
  options: SetModelAliasMutationVariables,
): Promise<SetModelAliasMutation['setModelAlias']> {
  const data = await queryApi(SET_MODEL_ALIAS_MUTATION, options);
  return data.setModelAlias;
}
