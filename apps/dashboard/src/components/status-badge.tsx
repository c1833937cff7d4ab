import type { RunStatus } from '@/gql/graphql';

/** A run status as a coloured badge (colour is never the only cue: the text is the status). */
export function StatusBadge({ status }: { status: RunStatus }) {
  return (
    <span className={`badge badge-status badge-${status.toLowerCase()}`} data-testid="run-status">
      {status}
    </span>
  );
}
