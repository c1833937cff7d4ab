import { formatCount, formatPercent, formatScore } from '@/lib/format';
import { modelLetter } from '@/lib/model-letter';
import type { ComparedModel } from '@/lib/queries/compare-model-versions';

type MetricKey =
  | 'accuracy'
  | 'macroF1'
  | 'balancedAccuracy'
  | 'top2Accuracy'
  | 'expectedCalibrationError'
  | 'testSamples';

const METRICS: {
  key: MetricKey;
  name: string;
  kind: 'percent' | 'score' | 'count';
  better: 'higher' | 'lower' | null;
}[] = [
  { key: 'accuracy', name: 'Accuracy', kind: 'percent', better: 'higher' },
  { key: 'macroF1', name: 'Macro-F1', kind: 'score', better: 'higher' },
  { key: 'balancedAccuracy', name: 'Balanced accuracy', kind: 'percent', better: 'higher' },
  { key: 'top2Accuracy', name: 'Top-2 accuracy', kind: 'percent', better: 'higher' },
  { key: 'expectedCalibrationError', name: 'Calibration error (ECE)', kind: 'score', better: 'lower' },
  { key: 'testSamples', name: 'Test samples', kind: 'count', better: null },
];

/** Test metrics per model, each with its difference from model A. */
export function MetricsTable({ models }: { models: ComparedModel[] }) {
  const [base] = models;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="compare-metrics">
        <thead>
          <tr>
            <th scope="col">Metric</th>
            {models.map((model, i) => (
              <th key={model.id} scope="col" className="num">
                Model {modelLetter(i)}
                {i > 0 ? <span className="muted small"> (Δ vs A)</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {METRICS.map((metric) => (
            <tr key={metric.key} data-metric={metric.key}>
              <th scope="row">{metric.name}</th>
              {models.map((model, i) => (
                <td key={model.id} className="num">
                  {format(model[metric.key], metric.kind)}
                  {i > 0 && base ? (
                    <Delta a={base[metric.key]} b={model[metric.key]} kind={metric.kind} better={metric.better} />
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function format(value: number | null, kind: 'percent' | 'score' | 'count'): string {
  if (kind === 'percent') return formatPercent(value);
  if (kind === 'score') return formatScore(value);
  return value == null ? '—' : formatCount(value);
}

function Delta({
  a,
  b,
  kind,
  better,
}: {
  a: number | null;
  b: number | null;
  kind: 'percent' | 'score' | 'count';
  better: 'higher' | 'lower' | null;
}) {
  if (a == null || b == null) return null;
  const delta = b - a;
  const text =
    kind === 'percent' ? `${(delta * 100).toFixed(1)} pts` : kind === 'score' ? delta.toFixed(3) : formatCount(delta);
  const sign = delta > 0 ? '+' : '';
  const verdict = delta === 0 || better === null ? null : delta > 0 === (better === 'higher') ? 'better' : 'worse';
  return (
    <span className={`delta delta-${verdict ?? 'same'}`} data-testid="metric-delta">
      {' '}
      ({sign}
      {text}
      {verdict ? <span className="visually-hidden">, {verdict}</span> : null})
    </span>
  );
}
