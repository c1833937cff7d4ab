'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES_COLORS } from '@/lib/chart-colors';
import { formatChartValue } from '@/lib/chart-format';
import { titleCase } from '@/lib/format';
import type { ClassMetrics } from '@/lib/queries/find-model-version';

const METRICS = [
  { key: 'precision', name: 'Precision' },
  { key: 'recall', name: 'Recall' },
  { key: 'f1', name: 'F1' },
] as const;

/** Precision, recall and F1 per emotion as grouped bars. */
export function PerClassBars({ perClass }: { perClass: ClassMetrics[] }) {
  if (perClass.length === 0) return <p className="muted">No per-class metrics were recorded.</p>;
  const data = perClass.map((row) => ({
    emotion: titleCase(row.emotion),
    precision: row.precision,
    recall: row.recall,
    f1: row.f1,
  }));
  return (
    <figure className="chart" data-testid="per-class-bars">
      <figcaption className="chart-title">Precision, recall and F1 per emotion</figcaption>
      <ResponsiveContainer width="100%" height={280} initialDimension={{ width: 560, height: 280 }}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d0d7de" vertical={false} />
          <XAxis dataKey="emotion" interval={0} />
          <YAxis width={52} domain={[0, 1]} tickFormatter={(value: number) => formatChartValue(value, 'number')} />
          <Tooltip formatter={(value) => formatChartValue(value, 'number', true)} />
          <Legend verticalAlign="top" height={28} itemSorter={null} />
          {METRICS.map((metric, i) => (
            <Bar
              key={metric.key}
              dataKey={metric.key}
              name={metric.name}
              fill={SERIES_COLORS[i]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
