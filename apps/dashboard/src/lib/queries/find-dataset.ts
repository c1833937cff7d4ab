import 'server-only';
import { graphql } from '../../gql';
import type { DatasetQuery, DiffDatasetVersionsQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';
import type { LabelCount } from './find-datasets';

/** A dataset with all its versions, for /datasets/[id]. */
export type DatasetDetail = NonNullable<DatasetQuery['dataset']>;
/** One version in a dataset's history. */
export type DatasetVersionSummary = DatasetDetail['versions'][number];
/** Samples added, removed, relabelled and unchanged between two versions. */
export type VersionDiff = DiffDatasetVersionsQuery['diffDatasetVersions'];

const DATASET_QUERY = graphql(`
  query Dataset($id: ID!) {
    dataset(id: $id) { id name modality sampleCount versions { id number frozen sampleCount createdAt } }
  }
`);

const VERSION_QUERY = graphql(`
  query DatasetVersion($id: ID!) {
    datasetVersion(id: $id) { id number frozen sampleCount labelCounts { label split count } }
  }
`);

const DIFF_QUERY = graphql(`
  query DiffDatasetVersions($fromId: ID!, $toId: ID!) {
    diffDatasetVersions(fromId: $fromId, toId: $toId) { added removed relabelled unchanged }
  }
`);

/** The dataset with this id and its versions (oldest first), or null. */
export async function findDataset(id: string): Promise<DatasetDetail | null> {
  const data = await queryApi(DATASET_QUERY, { id });
  if (!data.dataset) return null;
  return { ...data.dataset, versions: [...data.dataset.versions].sort((a, b) => a.number - b.number) };
}

/** A version's label x split counts. */
export async function findVersionCounts(id: string): Promise<LabelCount[]> {
  const data = await queryApi(VERSION_QUERY, { id });
  return data.datasetVersion?.labelCounts ?? [];
}

/** What changed from one version to another. */
export async function diffDatasetVersions(options: { fromId: string; toId: string }): Promise<VersionDiff> {
  return (await queryApi(DIFF_QUERY, options)).diffDatasetVersions;
}
