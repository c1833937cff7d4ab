import 'server-only';
import { queryApi } from '../api/query-api';

const SET_MODEL_ALIAS_MUTATION = /* GraphQL */ `
  mutation SetModelAlias($name: String!, $modelVersionId: ID!) {
    setModelAlias(name: $name, modelVersionId: $modelVersionId) { id aliases }
  }
`;

/** Points an alias (per modality of the model) at a model version. */
export async function setModelAlias(options: { name: string; modelVersionId: string }): Promise<{ id: string; aliases: string[] }> {
  const data = await queryApi<{ setModelAlias: { id: string; aliases: string[] } }>(SET_MODEL_ALIAS_MUTATION, options);
  return data.setModelAlias;
}
