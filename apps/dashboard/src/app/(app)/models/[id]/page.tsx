import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AliasBadges } from '@/components/alias-badges';
import { Timestamp } from '@/components/timestamp';
import { formatPercent, formatScore, titleCase } from '@/lib/format';
import { findModelVersion } from '@/lib/queries/find-model-version';
import { ConfusionMatrixTable } from './confusion-matrix-table';
import { PerClassTable } from './per-class-table';

interface ModelVersionPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: ModelVersionPageProps): Promise<Metadata> {
  return { title: `Model ${decodeParam((await params).id)}` };
}

export default async function ModelVersionPage({ params }: ModelVersionPageProps) {
  const id = decodeParam((await params).id);
  const version = await findModelVersion(id);
  if (!version) notFound();

  return (
    <>
      <p className="breadcrumb">
        <Link href="/models">← Model versions</Link>
      </p>
      <h1>
        Model <code className="id">{version.id}</code> <AliasBadges aliases={version.aliases} />
      </h1>
      <dl className="metrics" data-testid="model-metrics">
        <Metric name="Accuracy" value={formatPercent(version.accuracy)} testId="metric-accuracy" />
        <Metric name="Macro-F1" value={formatScore(version.macroF1)} testId="metric-macro-f1" />
        <Metric name="Modality" value={titleCase(version.modality)} />
        <Metric name="Architecture" value={version.architecture} />
        <Metric name="Dataset" value={version.datasetName} />
        <Metric name="Training run" value={version.trainingRunId ?? '—'} />
        <div className="metric">
          <dt>Created</dt>
          <dd>
            <Timestamp value={version.createdAt} />
          </dd>
        </div>
      </dl>

      <h2>Per-class metrics</h2>
      <PerClassTable perClass={version.perClass} />

      <h2>Confusion matrix</h2>
      <ConfusionMatrixTable labels={version.labels} matrix={version.confusionMatrix} />
    </>
  );
}

/** Route params arrive still percent-encoded; a malformed escape is kept as typed (and then not found). */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function Metric({ name, value, testId }: { name: string; value: string; testId?: string }) {
  return (
    <div className="metric">
      <dt>{name}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
