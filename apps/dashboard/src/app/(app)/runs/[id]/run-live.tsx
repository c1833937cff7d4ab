'use client';

import Link from 'next/link';
import { LearningCurves } from '@/components/charts/learning-curves';
import { PercentBar } from '@/components/percent-bar';
import { StatusBadge } from '@/components/status-badge';
import type { Modality } from '@/gql/graphql';
import { estimateRemainingSeconds } from '@/lib/estimate-eta';
import { formatDuration, formatPercent, parseTimestamp } from '@/lib/format';
import { RunActions } from '../run-actions';
import { isTerminal, useNow, useRunEvents, type Connection, type LiveRun } from './use-run-events';

export interface RunLiveProps {
  runId: string;
  modality: Modality;
  initial: LiveRun;
  plannedEpochs: number | null;
  startedAt: string | null;
}

const CONNECTION_TEXT: Record<Connection, string> = {
  connecting: 'Connecting to live updates…',
  live: 'Live: updates as epochs finish',
  reconnecting: 'Live updates interrupted; reconnecting…',
  finished: 'Finished',
};

/** Status, progress, throughput, ETA, actions and growing learning curves of one run. */
export function RunLive({ runId, modality, initial, plannedEpochs, startedAt }: RunLiveProps) {
  const { run, arrivalsMs, runningSinceMs, connection } = useRunEvents(runId, initial);
  const active = !isTerminal(run.status);
  const now = useNow(active);
  const last = run.epochs.at(-1);
  const eta =
    now != null && run.status === 'RUNNING'
      ? estimateRemainingSeconds({
          plannedEpochs,
          finishedEpochs: run.epochs.length,
          startedAtMs: parseTimestamp(startedAt ?? '')?.getTime() ?? runningSinceMs,
          arrivalsMs,
          nowMs: now,
        })
      : null;

  return (
    <section
      aria-labelledby="live-heading"
      data-testid="run-live"
      data-status={run.status}
      data-epochs={run.epochs.length}
    >
      <div className="page-title">
        <h2 id="live-heading" className="visually-hidden">
          Progress
        </h2>
        <div className="run-status-line">
          <StatusBadge status={run.status} />
          {run.cancelRequested && active ? (
            <span className="muted small">Cancel requested: stops after the current batch</span>
          ) : null}
          <span className="muted small" role="status" data-testid="live-connection" data-connection={connection}>
            {CONNECTION_TEXT[connection]}
          </span>
        </div>
        <RunActions runId={runId} status={run.status} cancelRequested={run.cancelRequested} />
      </div>
      {run.error ? (
        <p className="form-error" role="alert" data-testid="run-error">
          {run.error}
        </p>
      ) : null}
      <dl className="metrics" data-testid="run-stats">
        <div className="metric">
          <dt>Progress</dt>
          <dd>
            <PercentBar value={run.progress} label="Progress of this run" testId="run-progress" />
          </dd>
        </div>
        <Stat name="Epochs" value={`${run.epochs.length} of ${plannedEpochs ?? '?'}`} testId="run-epochs" />
        <Stat
          name={modality === 'IMAGE' ? 'Images/s' : 'Clips/s'}
          value={last?.imagesPerSecond != null ? last.imagesPerSecond.toFixed(0) : '—'}
          testId="run-throughput"
        />
        <Stat
          name="ETA"
          value={eta == null ? '—' : eta === 0 ? 'finishing' : `≈ ${formatDuration(eta)}`}
          testId="run-eta"
        />
        <Stat name="Val. accuracy" value={formatPercent(last?.valAccuracy)} testId="run-val-accuracy" />
        <div className="metric">
          <dt>Model version</dt>
          <dd data-testid="run-model-version">
            {run.modelVersionId ? (
              <Link href={`/models/${encodeURIComponent(run.modelVersionId)}`}>
                <code className="id">{run.modelVersionId}</code>
              </Link>
            ) : (
              <span className="muted">{active ? 'when the run succeeds' : 'none'}</span>
            )}
          </dd>
        </div>
      </dl>
      <h2>Learning curves</h2>
      <LearningCurves
        epochs={run.epochs}
        emptyText={active ? 'Waiting for the first epoch; the curves grow as epochs finish.' : 'No epoch finished.'}
      />
    </section>
  );
}

function Stat({ name, value, testId }: { name: string; value: string; testId: string }) {
  return (
    <div className="metric">
      <dt>{name}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
