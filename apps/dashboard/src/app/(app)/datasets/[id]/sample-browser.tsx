'use client';

import { useState } from 'react';
import type { Modality } from '@/gql/graphql';
import type { ReviewQueue, SampleFilter } from '@/lib/datasets/sample-types';
import { useSamplePages } from '@/lib/datasets/use-sample-pages';
import { formatCount } from '@/lib/format';
import { SampleFilters } from './sample-filters';
import { SampleGrid } from './sample-grid';

/** Filters plus the virtualised grid of one version's samples. */
export function SampleBrowser({ versionId, modality }: { versionId: string; modality: Modality }) {
  const [filter, setFilter] = useState<SampleFilter>({});
  const [queue, setQueue] = useState<ReviewQueue>('all');
  const pages = useSamplePages({ versionId, filter, queue });
  const total = pages.totalCount;

  return (
    <section aria-labelledby="samples-title" className="sample-browser">
      <h2 id="samples-title">Samples</h2>
      <SampleFilters
        filter={filter}
        queue={queue}
        showSpeaker={modality === 'AUDIO'}
        onChange={(f, q) => (setFilter(f), setQueue(q))}
      />
      <p className="muted small" aria-live="polite" data-testid="sample-count">
        {total == null
          ? 'Loading samples…'
          : `${formatCount(total)} samples${pages.items.length < total ? `, ${formatCount(pages.items.length)} loaded` : ''}`}
      </p>
      {pages.error ? (
        <p className="form-error" role="alert" data-testid="samples-error">
          {queue === 'disagreement' && /not found/i.test(pages.error)
            ? 'The model-disagreement queue needs a production model for this modality.'
            : pages.error}
        </p>
      ) : null}
      {total === 0 && !pages.loading ? (
        <p className="empty-state" data-testid="samples-empty">
          No samples match these filters.
        </p>
      ) : total != null ? (
        <SampleGrid items={pages.items} totalCount={total} modality={modality} onNeedMore={pages.loadMore} />
      ) : null}
    </section>
  );
}
