/** How a chart's value axis is labelled. */
export type ValueFormat = 'percent' | 'number';

/** Formats an axis tick or tooltip value; non-numbers (missing points) show as a dash. */
export function formatChartValue(value: unknown, format: ValueFormat, precise = false): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return '—';
  if (format === 'percent') return `${(value * 100).toFixed(precise ? 1 : 0)}%`;
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(precise ? 4 : 3).replace(/\.?0+$/, '');
}
