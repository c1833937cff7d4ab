'use client';

import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Emotion } from '@/gql/graphql';
import { formatCount, formatPercent, titleCase } from '@/lib/format';
import { heatmapRows, shadeOf, type HeatmapRow } from './heatmap-rows';

export interface ConfusionHeatmapProps {
  labels: Emotion[];
  /** Row = true emotion, column = predicted emotion, in `labels` order. */
  matrix: number[][];
  title?: string;
  testId?: string;
  /** Smaller cells, for several matrices side by side. */
  compact?: boolean;
}

/**
 * The confusion matrix as a heatmap: one stacked bar per true emotion whose equal-width segments are the
 * predicted emotions, shaded by their share of the row (so rare classes read as well as common ones).
 */
export function ConfusionHeatmap({
  labels,
  matrix,
  title = 'Confusion matrix',
  testId = 'confusion-heatmap',
  compact,
}: ConfusionHeatmapProps) {
  if (labels.length === 0 || matrix.length === 0) return <p className="muted">No confusion matrix was recorded.</p>;
  const rows = heatmapRows(labels, matrix);
  const cell = compact ? 30 : 42;
  const height = cell * labels.length + 70;
  return (
    <figure className="chart heatmap" data-testid={testId} data-cells={labels.length * labels.length}>
      <figcaption className="chart-title">{title}</figcaption>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 420, height }}>
        <BarChart layout="vertical" data={rows} barCategoryGap={1} margin={{ top: 4, right: 8, bottom: 24, left: 8 }}>
          <XAxis
            type="number"
            domain={[0, labels.length]}
            ticks={labels.map((_, i) => i + 0.5)}
            tickFormatter={(value: number) => shortLabel(labels[Math.floor(value)], compact)}
            interval={0}
            label={{ value: 'Predicted', position: 'insideBottom', offset: -16 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={compact ? 40 : 72}
            tickFormatter={(value: string) => (compact ? value.slice(0, 3) : value)}
          />
          <Tooltip cursor={false} shared={false} content={<HeatmapTooltip labels={labels} />} />
          {labels.map((predicted, column) => (
            <Bar
              key={predicted}
              dataKey={`one${column}`}
              name={titleCase(predicted)}
              stackId="row"
              isAnimationActive={false}
            >
              {rows.map((row) => (
                <Cell key={row.label} fill={shadeOf(row.shares[column] ?? 0)} stroke="#ffffff" strokeWidth={1} />
              ))}
              <LabelList
                dataKey={`count${column}`}
                content={(props) => (
                  <CountLabel {...props} dark={(rows[Number(props.index)]?.shares[column] ?? 0) > 0.6} />
                )}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      <p className="muted small chart-note">
        Rows: true emotion (left). Columns: predicted emotion (below). Darker: larger share of the row.
      </p>
    </figure>
  );
}

function shortLabel(label: Emotion | undefined, compact?: boolean): string {
  if (!label) return '';
  return compact ? titleCase(label).slice(0, 3) : titleCase(label);
}

interface CountLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  dark: boolean;
}

function CountLabel({ x, y, width, height, value, dark }: CountLabelProps) {
  const cx = Number(x) + Number(width) / 2;
  const cy = Number(y) + Number(height) / 2;
  return (
    <text
      x={cx}
      y={cy}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={12}
      fill={dark ? '#ffffff' : '#1b1f24'}
    >
      {typeof value === 'number' ? formatCount(value) : ''}
    </text>
  );
}

interface HeatmapTooltipProps {
  labels: Emotion[];
  active?: boolean;
  payload?: readonly { dataKey?: unknown; payload?: HeatmapRow }[];
}

function HeatmapTooltip({ labels, active, payload }: HeatmapTooltipProps) {
  const item = payload?.[0];
  if (!active || !item?.payload || typeof item.dataKey !== 'string') return null;
  const column = Number(item.dataKey.replace('one', ''));
  const row = item.payload;
  return (
    <div className="chart-tooltip">
      {row.label} predicted as {titleCase(labels[column] ?? '')}: {formatCount(row.counts[column] ?? 0)} (
      {formatPercent(row.shares[column] ?? 0)} of row)
    </div>
  );
}
