'use client';

import { useActionState } from 'react';
import { changeRun, type ChangeRunState } from '@/actions/change-run';
import { SmallError } from '@/components/small-error';
import type { RunStatus } from '@/gql/graphql';

const INITIAL_STATE: ChangeRunState = { error: null };
const CANCELABLE: readonly RunStatus[] = ['QUEUED', 'RUNNING'];
const RETRYABLE: readonly RunStatus[] = ['FAILED', 'CANCELED'];

export interface RunActionsProps {
  runId: string;
  status: RunStatus;
  cancelRequested: boolean;
}

/** Cancel (queued or running) and retry (failed or canceled) buttons for one run. */
export function RunActions({ runId, status, cancelRequested }: RunActionsProps) {
  const [state, formAction, pending] = useActionState(changeRun, INITIAL_STATE);
  const change = CANCELABLE.includes(status) ? 'cancel' : RETRYABLE.includes(status) ? 'retry' : null;
  if (!change) return null;
  const waiting = change === 'cancel' && cancelRequested;
  return (
    <form action={formAction} className="run-actions" data-testid="run-actions">
      <input type="hidden" name="runId" value={runId} />
      <input type="hidden" name="change" value={change} />
      <button
        type="submit"
        className={`button button-small ${change === 'cancel' ? 'button-danger' : 'button-secondary'}`}
        disabled={pending || waiting}
        data-testid={`${change}-run`}
      >
        {label(change, { waiting, pending })}
        <span className="visually-hidden"> run {runId}</span>
      </button>
      <SmallError message={state.error} />
    </form>
  );
}

function label(change: 'cancel' | 'retry', { waiting, pending }: { waiting: boolean; pending: boolean }): string {
  if (waiting) return 'Cancel requested';
  if (change === 'cancel') return pending ? 'Canceling…' : 'Cancel';
  return pending ? 'Retrying…' : 'Retry';
}
