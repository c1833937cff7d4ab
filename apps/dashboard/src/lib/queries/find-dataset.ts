import 'server-only';
import { queryApi } from '../api/query-api';
import type { Modality } from '../api/types';
import type { LabelCount } from './find-datasets';

/** One version in a dataset's history. */
export interface DatasetVersionSummary {
  id: string;
  number: number;
  frozen: boolean;
  sampleCount: number;
  createdAt: string;
}

/** A dataset with all its versions, for /datasets/[id]. */
export interface DatasetDetail {
  id: string;
  name: string;
  modality: Modality;
  sampleCount: number;
  versions: DatasetVersionSummary[];
}

const DATASET_QUERY = /* GraphQL */ `
  query Dataset($id: ID!) {
    dataset(id: $id) { id name modality sampleCount versions { id number frozen sampleCount createdAt } }
  }
`;

const VERSION_QUERY = /* GraphQL */ `
  query DatasetVersion($id: ID!) {
    datasetVersion(id: $id) { id number frozen sampleCount labelCounts { label split count } }
  }
`;

/** The dataset with this id and its versions (oldest first), or null. */
export async function findDataset(id: string): Promise<DatasetDetail | null> {
  const data = await queryApi<{ dataset: DatasetDetail | null }>(DATASET_QUERY, { id });
  if (!data.dataset) return null;
  return { ...data.dataset, versions: [...data.dataset.versions].sort((a, b) => a.number - b.number) };
}

/** A version's label x split counts. */
export async function findVersionCounts(id: string): Promise<LabelCount[]> {
  const data = await queryApi<{ datasetVersion: { labelCounts: LabelCount[] } | null }>(VERSION_QUERY, { id });
  return data.datasetVersion?.labelCounts ?? [];
}

/** Samples added, removed, relabelled and unchanged between two versions. */
export interface VersionDiff {
  added: number;
  removed: number;
  relabelled: number;
  unchanged: number;
}

const DIFF_QUERY = /* GraphQL */ `
  query Diff($fromId: ID!, $toId: ID!) { diffDatasetVersions(fromId: $fromId, toId: $toId) { added removed relabelled unchanged } }
`;

/** What changed from one version to another. */
export async function diffDatasetVersions(options: { fromId: string; toId: string }): Promise<VersionDiff> {
  return (await queryApi<{ diffDatasetVersions: VersionDiff }>(DIFF_QUERY, options)).diffDatasetVersions;
}
