'use client';

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** The model versions picked for /compare, in the order they were picked. */
export interface CompareSelection {
  ids: string[];
  toggle(id: string): void;
}

const SelectionContext = createContext<CompareSelection | null>(null);

/** Holds which rows of the registry are ticked for comparison. */
export function CompareSelectionProvider({ children }: { children: ReactNode }) {
  const [ids, setIds] = useState<string[]>([]);
  const value = useMemo<CompareSelection>(
    () => ({
      ids,
      toggle: (id) => setIds((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id])),
    }),
    [ids],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

/** The selection of the nearest CompareSelectionProvider. */
export function useCompareSelection(): CompareSelection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useCompareSelection needs a CompareSelectionProvider');
  return selection;
}
