import type { Emotion, Modality, Split } from '../api/types';

/** One sample of a dataset version as the browser and labeler show it. */
export interface SampleItem {
  id: string;
  label: Emotion | null;
  split: Split;
  originalName: string;
  speaker: string | null;
  word: string | null;
  modality: Modality;
  blobHash: string;
}

/** A page of samples and the cursor of the next one. */
export interface SamplePage {
  items: SampleItem[];
  nextCursor: string | null;
  totalCount: number;
}

/** The API's SampleFilter input. */
export interface SampleFilter {
  label?: Emotion;
  unlabeled?: boolean;
  split?: Split;
  speaker?: string;
  conflicted?: boolean;
}

/** A review queue or plain filter the browser and labeler offer. */
export type ReviewQueue = 'all' | 'unlabeled' | 'conflicted' | 'disagreement';

/** What a server action answers: data, or a sentence to show. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** The dashboard route that serves a sample's bytes with the signed-in key. */
export function sampleContentUrl(sampleId: string): string {
  return `/api/samples/${encodeURIComponent(sampleId)}/content`;
}
