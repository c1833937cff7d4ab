import type { Emotion } from '@/gql/graphql';
import { titleCase } from '@/lib/format';

/** One true emotion's row of the heatmap: constant 1-wide segments plus the counts and row shares they stand for. */
export interface HeatmapRow {
  label: string;
  counts: number[];
  shares: number[];
  [segment: string]: string | number | number[];
}

/** Turns a confusion matrix into BarChart rows (`one<i>` = segment width, `count<i>` = cell count). */
export function heatmapRows(labels: Emotion[], matrix: number[][]): HeatmapRow[] {
  return labels.map((label, r) => {
    const counts = labels.map((_, c) => matrix[r]?.[c] ?? 0);
    const total = counts.reduce((sum, count) => sum + count, 0);
    const shares = counts.map((count) => (total > 0 ? count / total : 0));
    const row: HeatmapRow = { label: titleCase(label), counts, shares };
    counts.forEach((count, c) => {
      row[`one${c}`] = 1;
      row[`count${c}`] = count;
    });
    return row;
  });
}

/** Light to dark blue by share of the row. */
export function shadeOf(share: number): string {
  const lightness = 97 - Math.min(1, Math.max(0, share)) * 62;
  return `hsl(215 70% ${lightness.toFixed(1)}%)`;
}
