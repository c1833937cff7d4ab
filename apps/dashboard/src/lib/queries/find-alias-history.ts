import 'server-only';
import { graphql } from '../../gql';
import type { AliasHistoryQuery, Modality } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** One time an alias was pointed at a model version. */
export type AliasAssignment = AliasHistoryQuery['aliasHistory'][number];

const ALIAS_HISTORY_QUERY = graphql(`
  query AliasHistory($name: String!, $modality: Modality!) {
    aliasHistory(name: $name, modality: $modality) { name modality modelVersionId createdAt }
  }
`);

/** Assignments of one alias of one modality, newest first. */
export async function findAliasHistory(options: { name: string; modality: Modality }): Promise<AliasAssignment[]> {
  const data = await queryApi(ALIAS_HISTORY_QUERY, options);
  return data.aliasHistory;
}
