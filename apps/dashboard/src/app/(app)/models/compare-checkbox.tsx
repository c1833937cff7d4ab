'use client';

import { MAX_COMPARED } from './compare-limits';
import { useCompareSelection } from './compare-selection';

/** Ticks one model version for comparison; at most MAX_COMPARED can be ticked. */
export function CompareCheckbox({ id }: { id: string }) {
  const { ids, toggle } = useCompareSelection();
  const checked = ids.includes(id);
  return (
    <input
      type="checkbox"
      className="checkbox"
      checked={checked}
      disabled={!checked && ids.length >= MAX_COMPARED}
      onChange={() => toggle(id)}
      aria-label={`Compare model ${id}`}
      data-testid="compare-checkbox"
    />
  );
}
