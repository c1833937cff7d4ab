import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AliasBadges } from '@/components/alias-badges';
import { ConfusionHeatmap } from '@/components/charts/confusion-heatmap';
import { PerClassBars } from '@/components/charts/per-class-bars';
import { ReliabilityChart } from '@/components/charts/reliability-chart';
import { Timestamp } from '@/components/timestamp';
import { decodeParam } from '@/lib/decode-param';
import { formatCount, formatPercent, formatScore, titleCase } from '@/lib/format';
import { findModelVersion } from '@/lib/queries/find-model-version';
import { findTrainingRun } from '@/lib/queries/find-training-run';
import { PromoteForm } from '../promote-form';
import { ConfusionMatrixTable } from './confusion-matrix-table';
import { PerClassTable } from './per-class-table';
import { TrainingSection } from './training-section';

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
  const run = version.trainingRunId ? await findTrainingRun(version.trainingRunId) : null;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/models">← Model registry</Link>
      </p>
      <div className="page-title">
        <h1>
          Model <code className="id">{version.id}</code>{' '}
          {version.aliases.length > 0 ? <AliasBadges aliases={version.aliases} /> : null}
        </h1>
        <PromoteForm modelVersionId={version.id} aliases={version.aliases} />
      </div>
      <BlurNotice
        trainingBlurSigma={version.trainingBlurSigma}
        testBlurSigma={version.testBlurSigma}
        inputBlurSigma={version.inputBlurSigma}
      />
      <dl className="metrics" data-testid="model-metrics">
        <Metric name="Accuracy" value={formatPercent(version.accuracy)} testId="metric-accuracy" />
        <Metric name="Macro-F1" value={formatScore(version.macroF1)} testId="metric-macro-f1" />
        <Metric name="Balanced accuracy" value={formatPercent(version.balancedAccuracy)} />
        <Metric name="Top-2 accuracy" value={formatPercent(version.top2Accuracy)} />
        <Metric
          name="Calibration error (ECE)"
          value={formatScore(version.expectedCalibrationError)}
          testId="metric-ece"
        />
        <Metric name="Test samples" value={version.testSamples == null ? '—' : formatCount(version.testSamples)} />
        <Metric name="Modality" value={titleCase(version.modality)} />
        <Metric name="Architecture" value={version.architecture} />
        <Metric name="Dataset" value={version.datasetName} />
        {version.testTimeAugmentation == null ? null : (
          <Metric
            name="Test-time augmentation"
            value={
              version.testTimeAugmentation === 'none'
                ? 'none'
                : `${version.testTimeAugmentation} (accuracy without: ${formatPercent(version.accuracyWithoutTestTimeAugmentation)})`
            }
            testId="metric-tta"
          />
        )}
        {version.trainingBlurSigma == null ? null : (
          <Metric
            name="Image blur (train / test)"
            value={`${version.trainingBlurSigma.toFixed(1)} px / ${version.testBlurSigma == null ? '—' : `${version.testBlurSigma.toFixed(1)} px`}`}
            testId="metric-blur"
          />
        )}
        <div className="metric">
          <dt>Training run</dt>
          <dd>
            {version.trainingRunId ? (
              <Link href={`/runs/${encodeURIComponent(version.trainingRunId)}`}>
                <code className="id">{version.trainingRunId}</code>
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div className="metric">
          <dt>Created</dt>
          <dd>
            <Timestamp value={version.createdAt} />
          </dd>
        </div>
      </dl>

      <div className="two-columns">
        <section aria-labelledby="confusion-heading">
          <h2 id="confusion-heading">Confusion matrix</h2>
          <ConfusionHeatmap
            labels={version.labels}
            matrix={version.confusionMatrix}
            title="Test split, rows = true emotion"
          />
          <details className="data-details">
            <summary>Show as a table</summary>
            <ConfusionMatrixTable labels={version.labels} matrix={version.confusionMatrix} />
          </details>
        </section>
        <section aria-labelledby="per-class-heading">
          <h2 id="per-class-heading">Per-class metrics</h2>
          <PerClassBars perClass={version.perClass} />
          <details className="data-details">
            <summary>Show as a table</summary>
            <PerClassTable perClass={version.perClass} />
          </details>
        </section>
      </div>

      <section aria-labelledby="calibration-heading" className="narrow-chart">
        <h2 id="calibration-heading">Calibration</h2>
        <ReliabilityChart bins={version.reliability} />
      </section>

      <TrainingSection run={run} hasRun={version.trainingRunId != null} />
    </>
  );
}

function Metric({ name, value, testId }: { name: string; value: string; testId?: string }) {
  return (
    <div className="metric">
      <dt>{name}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** Says so when the model blurs its inputs (its training images were much softer than sharp photos), because accuracy on sharp faces is then capped. */
function BlurNotice({
  trainingBlurSigma,
  testBlurSigma,
  inputBlurSigma,
}: {
  trainingBlurSigma: number | null;
  testBlurSigma: number | null;
  inputBlurSigma: number | null;
}) {
  if (trainingBlurSigma == null || !inputBlurSigma) return null;
  const gap = testBlurSigma != null && trainingBlurSigma - testBlurSigma >= 1;
  return (
    <p className="notice" data-testid="blur-notice">
      The training images are blurred (about {trainingBlurSigma.toFixed(1)} px)
      {gap ? `, much more than the test images (${testBlurSigma!.toFixed(1)} px)` : ''}. The model blurs every input to
      match before predicting, so sharp photos are read like its training images, but the fine detail it never saw caps
      its accuracy. Sharper training images would help most.
    </p>
  );
}
