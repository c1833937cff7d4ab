import type { Metadata } from 'next';
import { EmptyState } from '@/components/empty-state';
import { findTrainingRuns, type TrainingRunSummary } from '@/lib/queries/find-training-runs';
import { AutoRefresh } from './auto-refresh';
import { RunRow } from './run-row';

export const metadata: Metadata = { title: 'Runs' };

const REFRESH_MS = 3000;

export default async function RunsPage() {
  const runs = await findTrainingRuns();
  const active = runs.some(isActive);
  return (
    <>
      <div className="page-title">
        <h1>Training runs</h1>
        <AutoRefresh active={active} intervalMs={REFRESH_MS} />
      </div>
      {runs.length === 0 ? (
        <EmptyState title="No training runs yet">
          <p>
            Start one from the CLI or with the <code>startTrainingRun</code> GraphQL mutation once a dataset has been
            imported.
          </p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="runs-table">
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Dataset</th>
                <th scope="col">Status</th>
                <th scope="col">Progress</th>
                <th scope="col" className="num">Accuracy</th>
                <th scope="col" className="num">Val. accuracy</th>
                <th scope="col">Model version</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <RunRow key={run.id} run={run} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function isActive(run: TrainingRunSummary): boolean {
  return run.status === 'QUEUED' || run.status === 'RUNNING';
}
