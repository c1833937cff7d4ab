'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatChartValue, type ValueFormat } from '@/lib/chart-format';

/** One line of a LineChartCard. */
export interface LineSeries {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
}

export interface LineChartCardProps {
  title: string;
  /** One row per x value; a series' missing value leaves a gap. */
  data: Record<string, number | string | null>[];
  xKey: string;
  xLabel: string;
  series: LineSeries[];
  valueFormat: ValueFormat;
  testId?: string;
  height?: number;
}

/** A titled line chart (category x axis, evenly spaced points) inside a <figure>. */
export function LineChartCard({
  title,
  data,
  xKey,
  xLabel,
  series,
  valueFormat,
  testId,
  height = 260,
}: LineChartCardProps) {
  return (
    <figure className="chart" data-testid={testId} data-points={data.length}>
      <figcaption className="chart-title">{title}</figcaption>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 480, height }}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 20, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d0d7de" />
          <XAxis dataKey={xKey} label={{ value: xLabel, position: 'insideBottom', offset: -12 }} />
          <YAxis
            width={52}
            domain={valueFormat === 'percent' ? [0, 1] : ['auto', 'auto']}
            tickFormatter={(value: number) => formatChartValue(value, valueFormat)}
          />
          <Tooltip
            formatter={(value) => formatChartValue(value, valueFormat, true)}
            labelFormatter={(label) => `${xLabel} ${label}`}
          />
          <Legend verticalAlign="top" height={28} itemSorter={null} />
          {series.map((line) => (
            <Line
              key={line.key}
              type="linear"
              dataKey={line.key}
              name={line.name}
              stroke={line.color}
              strokeWidth={2}
              strokeDasharray={line.dashed ? '6 4' : undefined}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
