import Link from 'next/link';
import { PercentBar } from '@/components/percent-bar';
import { StatusBadge } from '@/components/status-badge';
import { Timestamp } from '@/components/timestamp';
import { formatPercent, titleCase } from '@/lib/format';
import type { TrainingRunSummary } from '@/lib/queries/find-training-runs';
import { RunActions } from './run-actions';

/** One training run in the /runs table. */
export function RunRow({ run }: { run: TrainingRunSummary }) {
  // Training accuracy is left out on purpose: it is measured with dropout and augmentation on and says little about the model.
  const validation = run.epochs.map((e) => e.valAccuracy).filter((v): v is number => v !== null);
  const bestValidation = validation.length > 0 ? Math.max(...validation) : undefined;
  return (
    <tr data-testid="run-row" data-run-id={run.id} data-status={run.status}>
      <th scope="row">
        <Link href={`/runs/${encodeURIComponent(run.id)}`} data-testid="run-link">
          <code className="id">{run.id}</code>
        </Link>
      </th>
      <td>
        {run.datasetName} <span className="muted">v{run.datasetVersion.number}</span>
        <div className="muted small">
          {titleCase(run.modality)} · {run.recipe}
        </div>
      </td>
      <td>
        <StatusBadge status={run.status} />
        {run.error ? (
          <div className="run-error small" data-testid="run-error">
            {run.error}
          </div>
        ) : null}
      </td>
      <td>
        <PercentBar value={run.progress} label={`Progress of run ${run.id}`} testId="run-progress" />
      </td>
      <td className="num" data-testid="run-val-accuracy">
        {formatPercent(bestValidation)}
      </td>
      <td className="num" data-testid="run-test-accuracy">
        {formatPercent(run.modelVersion?.accuracy)}
      </td>
      <td>
        {run.modelVersion ? (
          <Link href={`/models/${encodeURIComponent(run.modelVersion.id)}`}>
            <code className="id">{run.modelVersion.id}</code>
          </Link>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        <Timestamp value={run.createdAt} />
      </td>
      <td>
        <RunActions runId={run.id} status={run.status} cancelRequested={run.cancelRequested} />
      </td>
    </tr>
  );
}
