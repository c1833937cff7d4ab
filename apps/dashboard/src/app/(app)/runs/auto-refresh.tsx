'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export interface AutoRefreshProps {
  /** Refresh only while something is still changing. */
  active: boolean;
  intervalMs: number;
}

/** Re-renders the current page's Server Components every `intervalMs` while `active`. */
export function AutoRefresh({ active, intervalMs }: AutoRefreshProps) {
  const router = useRouter();

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);

  return active ? (
    <span className="muted small" role="status" data-testid="auto-refresh">
      Updating every {Math.round(intervalMs / 1000)} s while runs are active
    </span>
  ) : null;
}
