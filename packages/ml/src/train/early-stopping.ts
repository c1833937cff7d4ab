/** When to stop because the validation metric stopped improving. Needs validation data. */
export interface EarlyStoppingOptions {
  /** Metric watched (default 'valLoss'; lower is better for it, higher for 'valAccuracy'). */
  monitor?: 'valLoss' | 'valAccuracy';
  /** Epochs without improvement after which training stops. */
  patience: number;
  /** Smallest change that counts as an improvement (default 0). */
  minDelta?: number;
  /** Put back the best epoch's weights when training ends, stopped early or not (default true). */
  restoreBestWeights?: boolean;
}

/** Best value so far, its epoch, and epochs since then; recorded in checkpoints. */
export interface EarlyStoppingState {
  best: number | null;
  bestEpoch: number | null;
  wait: number;
}

/** The state before the first epoch. */
export const INITIAL_EARLY_STOPPING: EarlyStoppingState = Object.freeze({ best: null, bestEpoch: null, wait: 0 });

/** Options for {@link updateEarlyStopping}. */
export interface UpdateEarlyStoppingOptions {
  state: EarlyStoppingState;
  options: EarlyStoppingOptions;
  /** The monitored metric for `epoch`. */
  value: number;
  epoch: number;
}

/** Folds one epoch's metric into the state: whether it improved, and whether training should stop now. */
export function updateEarlyStopping(update: UpdateEarlyStoppingOptions): {
  state: EarlyStoppingState;
  improved: boolean;
  stop: boolean;
} {
  const { state, options, value, epoch } = update;
  const { monitor = 'valLoss', patience, minDelta = 0 } = options;
  const improved =
    state.best === null || (monitor === 'valLoss' ? value < state.best - minDelta : value > state.best + minDelta);
  const next: EarlyStoppingState = improved
    ? { best: value, bestEpoch: epoch, wait: 0 }
    : { ...state, wait: state.wait + 1 };
  return { state: next, improved, stop: next.wait >= patience };
}

/** Fails fast, naming the bad field. */
export function validateEarlyStopping(options: EarlyStoppingOptions | undefined, hasValidation: boolean): void {
  if (!options) return;
  if (!hasValidation) throw new RangeError('earlyStopping needs validation data');
  const { monitor = 'valLoss', patience, minDelta = 0 } = options;
  if (monitor !== 'valLoss' && monitor !== 'valAccuracy')
    throw new RangeError(`earlyStopping.monitor must be 'valLoss' or 'valAccuracy', got ${String(monitor)}`);
  if (!(Number.isInteger(patience) && patience >= 1))
    throw new RangeError(`earlyStopping.patience must be a positive integer, got ${patience}`);
  if (!(minDelta >= 0 && Number.isFinite(minDelta)))
    throw new RangeError(`earlyStopping.minDelta must be a non-negative number, got ${minDelta}`);
}
