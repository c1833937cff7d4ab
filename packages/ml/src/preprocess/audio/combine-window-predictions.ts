/** Options for {@link combineWindowPredictions}. */
export interface CombineWindowPredictionsOptions {
  /** Where each window lies in the recording, in seconds. */
  windows: readonly { startSeconds: number; endSeconds: number }[];
  /** One probability row per window (same order), e.g. from Classifier.predict. */
  probabilities: readonly (readonly number[])[];
}

/** One window's prediction. */
export interface WindowPrediction {
  startSeconds: number;
  endSeconds: number;
  probabilities: number[];
  /** Index of the most probable class. */
  top: number;
}

/** A whole recording's prediction plus the per-window ones it was made from. */
export interface CombinedPrediction {
  /** Mean of the window probabilities (sums to 1 when every row does). */
  probabilities: number[];
  /** Index of the most probable class overall. */
  top: number;
  windows: WindowPrediction[];
}

const argmax = (row: readonly number[]) => row.reduce((best, v, i) => (v > (row[best] as number) ? i : best), 0);

/** Averages per-window class probabilities into one result for the recording, keeping each window's. */
export function combineWindowPredictions(options: CombineWindowPredictionsOptions): CombinedPrediction {
  const { windows, probabilities } = options;
  if (windows.length === 0) throw new RangeError('combineWindowPredictions needs at least one window');
  if (probabilities.length !== windows.length) {
    throw new RangeError(
      `combineWindowPredictions: ${windows.length} windows but ${probabilities.length} probability rows`,
    );
  }
  const classes = (probabilities[0] as readonly number[]).length;
  const mean = new Array<number>(classes).fill(0);
  const perWindow = windows.map((window, w) => {
    const row = probabilities[w] as readonly number[];
    if (row.length !== classes || !row.every(Number.isFinite)) {
      throw new RangeError(`combineWindowPredictions: row ${w} must hold ${classes} finite probabilities`);
    }
    row.forEach((p, c) => (mean[c] = (mean[c] as number) + p / windows.length));
    return {
      startSeconds: window.startSeconds,
      endSeconds: window.endSeconds,
      probabilities: [...row],
      top: argmax(row),
    };
  });
  return { probabilities: mean, top: argmax(mean), windows: perWindow };
}
