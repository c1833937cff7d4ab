import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EnvironmentTable } from '@/components/environment-table';
import { KeyValueTable } from '@/components/key-value-table';
import { Timestamp } from '@/components/timestamp';
import { decodeParam } from '@/lib/decode-param';
import { formatDuration, titleCase } from '@/lib/format';
import { jsonObject } from '@/lib/json-object';
import { findTrainingRun } from '@/lib/queries/find-training-run';
import { RunLive } from './run-live';

interface RunPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: RunPageProps): Promise<Metadata> {
  return { title: `Run ${decodeParam((await params).id)}` };
}

export default async function RunPage({ params }: RunPageProps) {
  const id = decodeParam((await params).id);
  const run = await findTrainingRun(id);
  if (!run) notFound();
  const hyperparameters = jsonObject(run.hyperparameters);
  const planned = typeof hyperparameters.epochs === 'number' ? hyperparameters.epochs : null;
  const live = {
    status: run.status,
    progress: run.progress,
    error: run.error,
    cancelRequested: run.cancelRequested,
    modelVersionId: run.modelVersion?.id ?? null,
    epochs: run.epochs,
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href="/runs">← Training runs</Link>
      </p>
      <h1>
        Run <code className="id">{run.id}</code>
      </h1>
      <p className="muted">
        {titleCase(run.modality)} · {run.datasetName} v{run.datasetVersion.number} ({run.datasetVersion.sampleCount}{' '}
        samples) · recipe {run.recipe}
      </p>
      {/* Remount when the server sees a new status or attempt (e.g. after retry) so the live stream restarts. */}
      <RunLive
        key={`${run.status}:${run.attempts}`}
        runId={run.id}
        modality={run.modality}
        initial={live}
        plannedEpochs={planned}
        startedAt={run.startedAt}
      />
      <div className="two-columns">
        <section aria-labelledby="hyperparameters-heading">
          <h2 id="hyperparameters-heading">Hyperparameters</h2>
          <KeyValueTable
            caption="Hyperparameters"
            entries={Object.entries(hyperparameters)}
            testId="hyperparameters-table"
          />
        </section>
        <section aria-labelledby="environment-heading">
          <h2 id="environment-heading">Environment</h2>
          <EnvironmentTable environment={run.environment} />
        </section>
      </div>
      <h2>Timeline</h2>
      <dl className="metrics">
        <TimeMetric name="Created" value={run.createdAt} />
        <TimeMetric name="Started" value={run.startedAt} />
        <TimeMetric name="Finished" value={run.finishedAt} />
        <div className="metric">
          <dt>Duration</dt>
          <dd>{formatDuration(run.durationSeconds)}</dd>
        </div>
        <div className="metric">
          <dt>Attempts</dt>
          <dd>{run.attempts}</dd>
        </div>
        <div className="metric">
          <dt>Needs a GPU</dt>
          <dd>{run.requiresGpu ? 'yes' : 'no'}</dd>
        </div>
      </dl>
    </>
  );
}

function TimeMetric({ name, value }: { name: string; value: string | null }) {
  return (
    <div className="metric">
      <dt>{name}</dt>
      <dd>{value ? <Timestamp value={value} /> : <span className="muted">—</span>}</dd>
    </div>
  );
}
