import 'server-only';
import { queryApi } from '../api/query-api';
import type { Modality } from '../api/types';

/** A model version row on /models and an option in the playground. */
export interface ModelVersionSummary {
  id: string;
  modality: Modality;
  accuracy: number | null;
  macroF1: number | null;
  architecture: string;
  aliases: string[];
  datasetName: string;
  createdAt: string;
}

const MODEL_VERSIONS_QUERY = /* GraphQL */ `
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
`;

/** Lists model versions, optionally of one modality. */
export async function findModelVersions(options: { modality?: Modality } = {}): Promise<ModelVersionSummary[]> {
  const data = await queryApi<{ modelVersions: ModelVersionSummary[] }>(MODEL_VERSIONS_QUERY, {
    modality: options.modality ?? null,
  });
  return data.modelVersions;
}
