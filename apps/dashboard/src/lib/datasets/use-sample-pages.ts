'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDisagreements, loadSamplePage } from '@/actions/load-samples';
import type { ReviewQueue, SampleFilter, SampleItem } from './sample-types';

/** What the grid or labeler shows: a sample, plus the model's reading in the disagreement queue. */
export interface QueueItem extends SampleItem {
  predicted?: string;
  confidence?: number;
}

/** Query of a sample list: a version, filters and a review queue. */
export interface SampleQuery {
  versionId: string;
  filter: SampleFilter;
  queue: ReviewQueue;
}

interface State {
  /** The version the items come from (they stay until a new query's first page replaces them). */
  itemsVersionId: string | null;
  items: QueueItem[];
  totalCount: number | null;
  nextCursor: string | null;
  loading: boolean;
  error: string | null;
}

const PAGE_SIZE = 1000;

/** Loads a version's samples page by page (up to 1000 each) as `loadMore` is called. */
export function useSamplePages(query: SampleQuery) {
  const [state, setState] = useState<State>({
    itemsVersionId: null,
    items: [],
    totalCount: null,
    nextCursor: null,
    loading: true,
    error: null,
  });
  const generation = useRef(0);
  const inFlight = useRef(false);
  const key = JSON.stringify(query);

  const fetchPage = useCallback(
    async (after: string | null, reset: boolean) => {
      const mine = generation.current;
      inFlight.current = true;
      setState((s) => ({ ...s, loading: true, error: null }));
      const parsed = JSON.parse(key) as SampleQuery;
      const answer =
        parsed.queue === 'disagreement'
          ? await fetchDisagreements(parsed.versionId)
          : await loadSamplePage({ versionId: parsed.versionId, filter: queueFilter(parsed), after, first: PAGE_SIZE });
      if (mine !== generation.current) return; // a newer query replaced this one
      inFlight.current = false;
      if (!answer.ok) return setState((s) => ({ ...s, loading: false, error: answer.error }));
      setState((s) => ({
        itemsVersionId: parsed.versionId,
        items: reset ? answer.data.items : [...s.items, ...answer.data.items],
        totalCount: answer.data.totalCount,
        nextCursor: answer.data.nextCursor,
        loading: false,
        error: null,
      }));
    },
    [key],
  );

  useEffect(() => {
    generation.current += 1;
    void fetchPage(null, true);
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (inFlight.current || !state.nextCursor) return;
    void fetchPage(state.nextCursor, false);
  }, [fetchPage, state.nextCursor]);

  const replaceItem = useCallback((index: number, item: QueueItem) => {
    setState((s) => ({ ...s, items: s.items.map((old, i) => (i === index ? item : old)) }));
  }, []);

  const patchItems = useCallback((matches: (item: QueueItem) => boolean, patch: Partial<QueueItem>) => {
    setState((s) => ({ ...s, items: s.items.map((old) => (matches(old) ? { ...old, ...patch } : old)) }));
  }, []);

  const reload = useCallback(() => {
    generation.current += 1;
    void fetchPage(null, true);
  }, [fetchPage]);

  return { ...state, loadMore, replaceItem, patchItems, reload };
}

function queueFilter(query: SampleQuery): SampleFilter {
  if (query.queue === 'unlabeled') return { ...query.filter, unlabeled: true, label: undefined };
  if (query.queue === 'conflicted') return { ...query.filter, conflicted: true };
  return query.filter;
}

async function fetchDisagreements(versionId: string) {
  const answer = await loadDisagreements({ versionId });
  if (!answer.ok) return answer;
  const items: QueueItem[] = answer.data.map((d) => ({
    id: d.sampleId,
    label: d.label,
    predicted: d.predicted,
    confidence: d.confidence,
    split: 'UNASSIGNED',
    originalName: '',
    speaker: null,
    word: null,
    modality: 'IMAGE',
    blobHash: '',
  }));
  return { ok: true as const, data: { items, totalCount: items.length, nextCursor: null } };
}
