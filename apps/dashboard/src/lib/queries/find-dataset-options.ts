import 'server-only';
import { graphql } from '../../gql';
import type { DatasetOptionsQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** A dataset as the launch form offers it. */
export type DatasetOption = DatasetOptionsQuery['datasets'][number];

const DATASET_OPTIONS_QUERY = graphql(`
  query DatasetOptions {
    datasets { id name modality latestVersion { number sampleCount } }
  }
`);

/** Lists datasets with just what a picker needs (no label counts). */
export async function findDatasetOptions(): Promise<DatasetOption[]> {
  const data = await queryApi(DATASET_OPTIONS_QUERY);
  return data.datasets;
}
