/**
 * How the learning rate changes during a run. Epoch-wise (constant within an epoch):
 * - constant: always the base rate;
 * - step: base * factor^floor((epoch - 1) / everyEpochs);
 * - cosine: linear warm-up to the base rate over `warmupEpochs` (epoch e gets base * e / warmup),
 *   then half a cosine from the base rate towards `minLearningRate` (default 0), reached just after the last epoch.
 * Step-wise (a new rate before every batch):
 * - one-cycle (Smith 2018, as PyTorch's OneCycleLR with cosine annealing): from base / 25 up to
 *   the base rate over the first `warmupFraction` of all steps (default 0.2), then half a cosine
 *   down to `minLearningRate` (default base / 10^4) at the last step. Short runs gain most from it:
 *   no epoch is spent at a rate too high to learn from or too low to move.
 */
export type LearningRateSchedule =
  | { kind: 'constant' }
  | { kind: 'step'; everyEpochs: number; factor: number }
  | { kind: 'cosine'; warmupEpochs?: number; minLearningRate?: number }
  | { kind: 'one-cycle'; warmupFraction?: number; minLearningRate?: number };

/** Options for {@link learningRateAt}. */
export interface LearningRateAtOptions {
  schedule?: LearningRateSchedule;
  /** The peak (and constant) rate. */
  baseRate: number;
  /** 1-based. */
  epoch: number;
  /** Total epochs of the run. */
  epochs: number;
  /** Step-wise schedules: the 1-based batch about to run within the epoch, and the epoch's batch count. */
  batch?: number;
  batches?: number;
}

/** Whether a schedule changes the rate within an epoch (the trainer then sets it before every batch). */
export function isStepwise(schedule: LearningRateSchedule | undefined): boolean {
  return schedule?.kind === 'one-cycle';
}

/** One-cycle's start is base / 25 and its default end base / 10^4, as PyTorch's OneCycleLR. */
const ONE_CYCLE_START_DIVISOR = 25;
const ONE_CYCLE_END_DIVISOR = 1e4;

/** The learning rate used throughout `epoch`. */
export function learningRateAt(options: LearningRateAtOptions): number {
  const { schedule = { kind: 'constant' }, baseRate, epoch, epochs } = options;
  switch (schedule.kind) {
    case 'constant':
      return baseRate;
    case 'step':
      return baseRate * schedule.factor ** Math.floor((epoch - 1) / schedule.everyEpochs);
    case 'cosine': {
      const warmup = schedule.warmupEpochs ?? 0;
      const floor = schedule.minLearningRate ?? 0;
      if (epoch <= warmup) return (baseRate * epoch) / warmup;
      const progress = (epoch - warmup - 1) / Math.max(1, epochs - warmup);
      return floor + (baseRate - floor) * 0.5 * (1 + Math.cos(Math.PI * Math.min(1, progress)));
    }
    case 'one-cycle': {
      const { batch = 1, batches = 1 } = options;
      const total = Math.max(1, epochs * batches);
      const step = Math.min(total, (epoch - 1) * batches + batch) - 1; // 0-based
      const warmupSteps = Math.max(1, Math.round((schedule.warmupFraction ?? 0.2) * total));
      const start = baseRate / ONE_CYCLE_START_DIVISOR;
      const floor = schedule.minLearningRate ?? baseRate / ONE_CYCLE_END_DIVISOR;
      if (step < warmupSteps) return start + (baseRate - start) * (step / warmupSteps);
      const progress = (step - warmupSteps) / Math.max(1, total - 1 - warmupSteps);
      return floor + (baseRate - floor) * 0.5 * (1 + Math.cos(Math.PI * Math.min(1, progress)));
    }
  }
}

/** Fails fast, naming the bad field of a schedule. */
export function validateLearningRateSchedule(schedule: LearningRateSchedule | undefined, baseRate: number): void {
  if (schedule === undefined || schedule.kind === 'constant') return;
  if (schedule.kind === 'step') {
    if (!(Number.isInteger(schedule.everyEpochs) && schedule.everyEpochs >= 1)) {
      throw new RangeError(`learningRateSchedule.everyEpochs must be a positive integer, got ${schedule.everyEpochs}`);
    }
    if (!(schedule.factor > 0 && Number.isFinite(schedule.factor)))
      throw new RangeError(`learningRateSchedule.factor must be positive, got ${schedule.factor}`);
    return;
  }
  if (schedule.kind === 'cosine') {
    const { warmupEpochs = 0, minLearningRate = 0 } = schedule;
    if (!(Number.isInteger(warmupEpochs) && warmupEpochs >= 0)) {
      throw new RangeError(`learningRateSchedule.warmupEpochs must be a non-negative integer, got ${warmupEpochs}`);
    }
    if (!(minLearningRate >= 0 && minLearningRate <= baseRate)) {
      throw new RangeError(`learningRateSchedule.minLearningRate must be in [0, learningRate], got ${minLearningRate}`);
    }
    return;
  }
  if (schedule.kind === 'one-cycle') {
    const { warmupFraction = 0.2, minLearningRate = 0 } = schedule;
    if (!(warmupFraction >= 0 && warmupFraction < 1))
      throw new RangeError(`learningRateSchedule.warmupFraction must be in [0, 1), got ${warmupFraction}`);
    if (!(minLearningRate >= 0 && minLearningRate <= baseRate)) {
      throw new RangeError(`learningRateSchedule.minLearningRate must be in [0, learningRate], got ${minLearningRate}`);
    }
    return;
  }
  throw new RangeError(
    `learningRateSchedule.kind must be 'constant', 'step', 'cosine' or 'one-cycle', got ${String((schedule as { kind: unknown }).kind)}`,
  );
}
