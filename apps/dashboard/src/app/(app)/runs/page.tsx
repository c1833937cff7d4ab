import type { Metadata } from 'next';
import { EmptyState } from '@/components/empty-state';
import { findDatasetOptions } from '@/lib/queries/find-dataset-options';
import { findRecipes } from '@/lib/queries/find-recipes';
import { findTrainingRuns, type TrainingRunSummary } from '@/lib/queries/find-training-runs';
import { AutoRefresh } from './auto-refresh';
import { LaunchForm } from './launch-form';
import { RunRow } from './run-row';
import { ColumnHeaders } from '@/components/column-headers';

export const metadata: Metadata = { title: 'Runs' };

const REFRESH_MS = 3000;

export default async function RunsPage() {
  const [runs, datasets, recipes] = await Promise.all([findTrainingRuns(), findDatasetOptions(), findRecipes()]);
  const active = runs.some(isActive);
  return (
    <>
      <h1>Training runs</h1>
      {datasets.length === 0 ? (
        <EmptyState title="No dataset to train on yet">
          <p>Import one first, for example:</p>
          <pre>
            <code>npm run emolab -- import --format fer2013 --name NAME DIR</code>
          </pre>
        </EmptyState>
      ) : (
        <LaunchForm datasets={datasets} recipes={recipes} />
      )}
      <div className="page-title">
        <h2 id="queue-heading">Queue</h2>
        <AutoRefresh active={active} intervalMs={REFRESH_MS} />
      </div>
      {runs.length === 0 ? (
        <EmptyState title="No training runs yet">
          <p>Runs you launch above, or from the CLI, appear here with their progress.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="runs-table" aria-labelledby="queue-heading">
            <ColumnHeaders
              columns={[
                'Run',
                'Dataset',
                'Status',
                'Progress',
                {
                  label: 'Val. accuracy',
                  numeric: true,
                  title: "Best epoch's accuracy on the validation split held out of training",
                },
                { label: 'Test accuracy', numeric: true, title: "The model version's accuracy on the test split" },
                'Model version',
                'Created',
                { label: 'Actions', hidden: true },
              ]}
            />
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
