import type { Metadata } from 'next';
import Link from 'next/link';
import { AliasBadges } from '@/components/alias-badges';
import { ConfusionHeatmap } from '@/components/charts/confusion-heatmap';
import { EmptyState } from '@/components/empty-state';
import { ApiError, describeApiError } from '@/lib/api/api-error';
import { titleCase } from '@/lib/format';
import { modelLetter } from '@/lib/model-letter';
import { compareModelVersions, type ModelComparison } from '@/lib/queries/compare-model-versions';
import { CompareCurves } from './compare-curves';
import { HyperparameterDiffTable } from './hyperparameter-diff-table';
import { MetricsTable } from './metrics-table';
import { PairVerdicts } from './pair-verdicts';
import { parseCompareIds } from './parse-compare-ids';

export const metadata: Metadata = { title: 'Compare models' };

interface ComparePageProps {
  searchParams: Promise<{ ids?: string | string[] }>;
}

export default async function ComparePage({ searchParams }: ComparePageProps) {
  const ids = parseCompareIds((await searchParams).ids);
  if (ids.length < 2 || ids.length > 4) {
    return (
      <>
        <h1>Compare models</h1>
        <EmptyState title="Pick 2 to 4 models">
          <p>
            Tick the models to compare in the <Link href="/models">model registry</Link>, or open{' '}
            <code>/compare?ids=A,B</code>.
          </p>
        </EmptyState>
      </>
    );
  }
  const result = await compare(ids);
  if ('error' in result) {
    return (
      <>
        <h1>Compare models</h1>
        <p className="form-error" role="alert" data-testid="compare-error">
          {result.error}
        </p>
        <p>
          <Link href="/models">Back to the model registry</Link>
        </p>
      </>
    );
  }
  const { models, pairs, hyperparameterDiffs, learningCurves } = result;
  const order = models.map((m) => m.id);
  const modalities = new Set(models.map((m) => m.modality));
  return (
    <>
      <p className="breadcrumb">
        <Link href="/models">← Model registry</Link>
      </p>
      <h1>Compare models</h1>
      <ul className="model-legend" data-testid="compare-models">
        {models.map((model, i) => (
          <li key={model.id}>
            <span className="strong">Model {modelLetter(i)}</span>{' '}
            <Link href={`/models/${encodeURIComponent(model.id)}`}>
              <code className="id">{model.id}</code>
            </Link>{' '}
            <span className="muted small">
              {titleCase(model.modality)} · {model.architecture} · {model.datasetName}
            </span>{' '}
            <AliasBadges aliases={model.aliases} />
          </li>
        ))}
      </ul>
      {modalities.size > 1 ? (
        <p className="notice">These models classify different modalities; their metrics are not directly comparable.</p>
      ) : null}
      <h2>Metrics</h2>
      <MetricsTable models={models} />
      <h2>Is the difference significant?</h2>
      <PairVerdicts pairs={pairs} ids={order} />
      <h2>Confusion matrices</h2>
      <div className="side-by-side" data-testid="compare-matrices">
        {models.map((model, i) => (
          <ConfusionHeatmap
            key={model.id}
            labels={model.labels}
            matrix={model.confusionMatrix}
            title={`Model ${modelLetter(i)}`}
            testId={`heatmap-${modelLetter(i)}`}
            compact
          />
        ))}
      </div>
      <h2>Learning curves</h2>
      <CompareCurves
        curves={order.map((id, i) => ({
          name: `Model ${modelLetter(i)}`,
          epochs: learningCurves.find((c) => c.modelVersionId === id)?.epochs ?? [],
        }))}
      />
      <h2>Hyperparameters that differ</h2>
      <HyperparameterDiffTable diffs={hyperparameterDiffs} count={models.length} />
    </>
  );
}

async function compare(ids: string[]): Promise<ModelComparison | { error: string }> {
  try {
    return await compareModelVersions(ids);
  } catch (error) {
    // Unknown ids or a bad count are the user's to fix; anything else goes to the error boundary.
    if (error instanceof ApiError && (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND'))
      return { error: describeApiError(error) };
    throw error;
  }
}
