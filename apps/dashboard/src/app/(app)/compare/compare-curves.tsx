'use client';

import { useId, useState } from 'react';
import { LineChartCard } from '@/components/charts/line-chart-card';
import { seriesColor } from '@/lib/chart-colors';
import type { TrainingEpoch } from '@/lib/queries/training-epoch';

/** One model's curve, named for the legend. */
export interface NamedCurve {
  name: string;
  epochs: TrainingEpoch[];
}

const METRICS = [
  { key: 'valAccuracy', name: 'Validation accuracy', format: 'percent' },
  { key: 'accuracy', name: 'Training accuracy', format: 'percent' },
  { key: 'valLoss', name: 'Validation loss', format: 'number' },
  { key: 'loss', name: 'Training loss', format: 'number' },
] as const;
type MetricKey = (typeof METRICS)[number]['key'];

/** Learning curves of every compared model on one chart, for a metric the user picks. */
export function CompareCurves({ curves }: { curves: NamedCurve[] }) {
  const validated = curves.some((curve) => curve.epochs.some((e) => e.valAccuracy != null));
  const [key, setKey] = useState<MetricKey>(validated ? 'valAccuracy' : 'accuracy');
  const selectId = useId();
  const metric = METRICS.find((m) => m.key === key) ?? METRICS[0];
  if (curves.every((curve) => curve.epochs.length === 0))
    return <p className="muted">None of these models has recorded epochs.</p>;
  const epochs = [...new Set(curves.flatMap((curve) => curve.epochs.map((e) => e.epoch)))].sort((a, b) => a - b);
  const data = epochs.map((epoch) => {
    const row: Record<string, number | null> = { epoch };
    curves.forEach((curve, i) => {
      row[`m${i}`] = curve.epochs.find((e) => e.epoch === epoch)?.[key] ?? null;
    });
    return row;
  });
  return (
    <div>
      <div className="field field-inline">
        <label htmlFor={selectId}>Metric</label>
        <select id={selectId} value={key} onChange={(event) => setKey(event.target.value as MetricKey)}>
          {METRICS.map((m) => (
            <option key={m.key} value={m.key}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <LineChartCard
        title={`${metric.name} per epoch`}
        testId="compare-curves"
        data={data}
        xKey="epoch"
        xLabel="Epoch"
        valueFormat={metric.format}
        series={curves.map((curve, i) => ({ key: `m${i}`, name: curve.name, color: seriesColor(i) }))}
        height={300}
      />
    </div>
  );
}
