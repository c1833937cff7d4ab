import 'server-only';
import { queryApi } from '../api/query-api';
import type { Emotion, Modality, Split } from '../api/types';

/** One cell of a dataset's label x split table; `label` is null for unlabelled samples. */
export interface LabelCount {
  label: Emotion | null;
  split: Split;
  count: number;
}

/** A dataset row on /datasets. */
export interface DatasetSummary {
  id: string;
  name: string;
  modality: Modality;
  sampleCount: number;
  createdAt: string;
  latestVersion: { number: number } | null;
  labelCounts: LabelCount[];
}

const DATASETS_QUERY = /* GraphQL */ `
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
`;

/** Lists the datasets visible to the signed-in key. */
export async function findDatasets(): Promise<DatasetSummary[]> {
  const data = await queryApi<{ datasets: DatasetSummary[] }>(DATASETS_QUERY);
  return data.datasets;
}
