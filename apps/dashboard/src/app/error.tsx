'use client';

import { LoadError, type ErrorBoundaryProps } from '@/components/load-error';

/** Catches failures of the signed-in layout itself (e.g. the viewer query), outside the nav. */
export default function RootError(props: ErrorBoundaryProps) {
  return (
    <main className="page page-narrow">
      <LoadError {...props} />
    </main>
  );
}
