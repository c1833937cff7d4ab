import 'server-only';
import { queryApi } from '../api/query-api';
import type { Modality } from '../api/types';

/** A dataset as the launch form offers it. */
export interface DatasetOption {
  id: string;
  name: string;
  modality: Modality;
  latestVersion: { number: number; sampleCount: number } | null;
}

const DATASET_OPTIONS_QUERY = /* GraphQL */ `
  query DatasetOptions {
    datasets { id name modality latestVersion { number sampleCount } }
  }
`;

/** Lists datasets with just what a picker needs (no label counts). */
export async function findDatasetOptions(): Promise<DatasetOption[]> {
  const data = await queryApi<{ datasets: DatasetOption[] }>(DATASET_OPTIONS_QUERY);
  return data.datasets;
}
