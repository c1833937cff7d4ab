import { validateProbabilities, type LabelledProbabilities } from './validate-probabilities.js';

/** Options for {@link topKAccuracy}. */
export interface TopKAccuracyOptions extends LabelledProbabilities {
  /** How many of the most probable classes may contain the label (default 2). */
  k?: number;
}

/** Whether `label` is among the k most probable classes; ties rank the lower index first, as argmax does. */
export function isInTopK(row: readonly number[], label: number, k: number): boolean {
  const target = row[label] as number;
  let ahead = 0;
  for (let c = 0; c < row.length; c++) {
    const p = row[c] as number;
    if (p > target || (p === target && c < label)) ahead += 1;
  }
  return ahead < k;
}

/** Share of samples whose label is among the k most probable classes (0 without samples). */
export function topKAccuracy(options: TopKAccuracyOptions): number {
  const { probabilities, labels, k = 2 } = options;
  validateProbabilities(options);
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be a positive integer, got ${k}`);
  if (labels.length === 0) return 0;
  const hits = probabilities.filter((row, i) => isInTopK(row, labels[i] as number, k)).length;
  return hits / labels.length;
}
