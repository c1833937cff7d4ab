'use client';

import Link from 'next/link';
import { MAX_COMPARED, MIN_COMPARED } from './compare-limits';
import { useCompareSelection } from './compare-selection';

/** How many models are ticked, and the link to /compare once 2 to 4 are. */
export function CompareBar() {
  const { ids } = useCompareSelection();
  const ready = ids.length >= MIN_COMPARED && ids.length <= MAX_COMPARED;
  return (
    <div className="compare-bar" data-testid="compare-bar">
      <span role="status" aria-live="polite">
        {ids.length === 0
          ? `Tick ${MIN_COMPARED} to ${MAX_COMPARED} models to compare them.`
          : `${ids.length} selected${ready ? '' : `: pick ${MIN_COMPARED} to ${MAX_COMPARED}`}.`}
      </span>
      {ready ? (
        <Link
          className="button button-small"
          href={`/compare?ids=${ids.map(encodeURIComponent).join(',')}`}
          data-testid="compare-link"
        >
          Compare {ids.length} models
        </Link>
      ) : (
        <button type="button" className="button button-small" disabled>
          Compare
        </button>
      )}
    </div>
  );
}
