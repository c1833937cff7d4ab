'use client';

import { useEffect } from 'react';

/** Props Next passes to an error.tsx boundary. */
export interface ErrorBoundaryProps {
  error: Error & { digest?: string };
  retry: () => void;
}

/** Shown when the API fails or cannot be reached while rendering a page. */
export function LoadError({ error, retry }: ErrorBoundaryProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <section className="error-state" role="alert" data-testid="error-state">
      <h1>Could not load this page</h1>
      <p>
        The Emolab API failed or could not be reached. Check that it is running, then try again.
        {error.digest ? <span className="muted"> (reference {error.digest})</span> : null}
      </p>
      <button type="button" className="button" onClick={() => retry()}>
        Try again
      </button>
    </section>
  );
}
