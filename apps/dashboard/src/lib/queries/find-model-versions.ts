import 'server-only';
import { graphql } from '../../gql';
import type { Modality, ModelVersionsQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** A model version row on /models and an option in the playground. */
export type ModelVersionSummary = ModelVersionsQuery['modelVersions'][number];

const MODEL_VERSIONS_QUERY = graphql(`
  query ModelVersions($modality: Modality) {
    modelVersions(modality: $modality) {
      id
      modality
      accuracy
      macroF1
      architecture
      aliases
      datasetName
      createdAt
    }
  }
`);

/** Lists model versions, optionally of one modality. */
export async function findModelVersions(options: { modality?: Modality } = {}): Promise<ModelVersionSummary[]> {
  const data = await queryApi(MODEL_VERSIONS_QUERY, {
    modality: options.modality ?? null,
  });
  return data.modelVersions;
}
