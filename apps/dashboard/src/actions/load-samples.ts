'use server';

import { graphql } from '@/gql';
import { queryApi } from '@/lib/api/query-api';
import type { ModelDisagreementsQuery } from '@/gql/graphql';
import { runAction } from '@/lib/datasets/run-action';
import type { ActionResult, SampleFilter, SamplePage } from '@/lib/datasets/sample-types';

const SAMPLES_QUERY = graphql(`
  query Samples($id: ID!, $filter: SampleFilter, $first: Int, $after: String) {
    datasetVersion(id: $id) {
      samples(filter: $filter, first: $first, after: $after) {
        items { id label split originalName speaker word modality blobHash }
        nextCursor
        totalCount
      }
    }
  }
`);

/** One page (at most 1000) of a version's samples. */
export async function loadSamplePage(options: {
  versionId: string;
  filter: SampleFilter;
  after: string | null;
  first?: number;
}): Promise<ActionResult<SamplePage>> {
  return runAction(async () => {
    const first = Math.min(1000, Math.max(1, options.first ?? 500));
    const data = await queryApi(SAMPLES_QUERY, {
      id: options.versionId,
      filter: options.filter,
      first,
      after: options.after,
    });
    return data.datasetVersion?.samples ?? { items: [], nextCursor: null, totalCount: 0 };
  });
}

const DISAGREEMENTS_QUERY = graphql(`
  query ModelDisagreements($id: ID!, $min: Float) {
    modelDisagreements(datasetVersionId: $id, minConfidence: $min, first: 1000) { sampleId label predicted confidence }
  }
`);

/** A sample the production model confidently reads as another emotion. */
export type Disagreement = ModelDisagreementsQuery['modelDisagreements'][number];

/** The model-disagreement review queue (fails with NOT_FOUND when no production model exists). */
export async function loadDisagreements(options: {
  versionId: string;
  minConfidence?: number;
}): Promise<ActionResult<Disagreement[]>> {
  return runAction(async () => {
    return (await queryApi(DISAGREEMENTS_QUERY, { id: options.versionId, min: options.minConfidence ?? 0.8 }))
      .modelDisagreements;
  });
}
