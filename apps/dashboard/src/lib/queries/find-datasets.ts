import 'server-only';
import { graphql } from '../../gql';
import type { DatasetsQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** A dataset row on /datasets. */
export type DatasetSummary = DatasetsQuery['datasets'][number];
/** One cell of a dataset's label x split table; `label` is null for unlabelled samples. */
export type LabelCount = DatasetSummary['labelCounts'][number];

const DATASETS_QUERY = graphql(`
  query Datasets {
    datasets {
      id
      name
      modality
      sampleCount
      createdAt
      latestVersion { number }
      labelCounts { label split count }
    }
  }
`);

/** Lists the datasets visible to the signed-in key. */
export async function findDatasets(): Promise<DatasetSummary[]> {
  const data = await queryApi(DATASETS_QUERY);
  return data.datasets;
}
