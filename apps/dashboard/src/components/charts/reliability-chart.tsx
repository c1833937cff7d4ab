'use client';

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SERIES_COLORS } from '@/lib/chart-colors';
import { formatChartValue } from '@/lib/chart-format';
import { formatCount } from '@/lib/format';
import type { ReliabilityBin } from '@/lib/queries/find-model-version';

const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** Reliability diagram: accuracy against mean confidence per bin, with the diagonal of perfect calibration. */
export function ReliabilityChart({ bins }: { bins: ReliabilityBin[] }) {
  const points = bins
    .filter((bin) => bin.count > 0)
    .map((bin) => ({ confidence: bin.confidence, accuracy: bin.accuracy, count: bin.count }));
  if (points.length === 0) return <p className="muted">No calibration bins were recorded.</p>;
  return (
    <figure className="chart" data-testid="reliability-chart" data-points={points.length}>
      <figcaption className="chart-title">Calibration (reliability diagram)</figcaption>
      <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 420, height: 300 }}>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 20, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d0d7de" />
          <XAxis
            type="number"
            dataKey="confidence"
            domain={[0, 1]}
            ticks={TICKS}
            tickFormatter={(value: number) => formatChartValue(value, 'percent')}
            label={{ value: 'Confidence', position: 'insideBottom', offset: -12 }}
          />
          <YAxis
            width={52}
            domain={[0, 1]}
            ticks={TICKS}
            tickFormatter={(value: number) => formatChartValue(value, 'percent')}
          />
          <Tooltip
            labelFormatter={(label) => `Confidence ${formatChartValue(label, 'percent', true)}`}
            formatter={(value, _name, item) => [
              `${formatChartValue(value, 'percent', true)} of ${formatCount(Number((item.payload as { count?: number }).count ?? 0))} samples`,
              'Accuracy',
            ]}
          />
          <Legend verticalAlign="top" height={28} itemSorter={null} />
          <ReferenceLine
            segment={[
              { x: 0, y: 0 },
              { x: 1, y: 1 },
            ]}
            stroke="#57606a"
            strokeDasharray="6 4"
            label={{ value: 'Perfectly calibrated', position: 'insideTopLeft', fill: '#57606a', fontSize: 12 }}
          />
          <Line
            type="linear"
            dataKey="accuracy"
            name="Model"
            stroke={SERIES_COLORS[0]}
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <p className="muted small chart-note">
        Points below the dashed diagonal are over-confident, above it under-confident.
      </p>
    </figure>
  );
}
