/** Index of the largest value (the first one on ties); -1 for an empty row. */
export function argmax(row: readonly number[]): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < row.length; i++) {
    const value = row[i] as number;
    if (best < 0 || value > bestValue) {
      best = i;
      bestValue = value;
    }
  }
  return best;
}
