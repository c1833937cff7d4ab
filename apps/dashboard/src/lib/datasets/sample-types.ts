import type { SamplesQuery } from '../../gql/graphql';

/** The API's SampleFilter input. */
export type { SampleFilter } from '../../gql/graphql';

/** A page of samples and the cursor of the next one. */
export type SamplePage = NonNullable<SamplesQuery['datasetVersion']>['samples'];
/** One sample of a dataset version as the browser and labeler show it. */
export type SampleItem = SamplePage['items'][number];

/** A review queue or plain filter the browser and labeler offer. */
export type ReviewQueue = 'all' | 'unlabeled' | 'conflicted' | 'disagreement';

/** What a server action answers: data, or a sentence to show. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** The dashboard route that serves a sample's bytes with the signed-in key. */
export function sampleContentUrl(sampleId: string): string {
  return `/api/samples/${encodeURIComponent(sampleId)}/content`;
}
