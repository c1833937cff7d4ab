import 'server-only';
import { queryApi } from '../api/query-api';
import type { Modality } from '../api/types';

/** One time an alias was pointed at a model version. */
export interface AliasAssignment {
  name: string;
  modality: Modality;
  modelVersionId: string;
  createdAt: string;
}

const ALIAS_HISTORY_QUERY = /* GraphQL */ `
  query AliasHistory($name: String!, $modality: Modality!) {
    aliasHistory(name: $name, modality: $modality) { name modality modelVersionId createdAt }
  }
`;

/** Assignments of one alias of one modality, newest first. */
export async function findAliasHistory(options: { name: string; modality: Modality }): Promise<AliasAssignment[]> {
  const data = await queryApi<{ aliasHistory: AliasAssignment[] }>(ALIAS_HISTORY_QUERY, options);
  return data.aliasHistory;
}
