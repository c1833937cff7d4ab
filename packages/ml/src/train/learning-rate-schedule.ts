/**
 * How the learning rate changes from epoch to epoch (it is constant within an epoch):
 * - constant: always the base rate;
 * - step: base * factor^floor((epoch - 1) / everyEpochs);
 * - cosine: linear warm-up to the base rate over `warmupEpochs` (epoch e gets base * e / warmup),
 *   then half a cosine from the base rate towards `minLearningRate` (default 0), reached just after the last epoch.
 */
export type LearningRateSchedule =
  | { kind: 'constant' }
  | { kind: 'step'; everyEpochs: number; factor: number }
  | { kind: 'cosine'; warmupEpochs?: number; minLearningRate?: number };

/** Options for {@link learningRateAt}. */
export interface LearningRateAtOptions {
  schedule?: LearningRateSchedule;
  /** The peak (and constant) rate. */
  baseRate: number;
  /** 1-based. */
  epoch: number;
  /** Total epochs of the run. */
  epochs: number;
}

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
  }
}

/** Fails fast, naming the bad field of a schedule. */
export function validateLearningRateSchedule(schedule: LearningRateSchedule | undefined, baseRate: number): void {
  if (schedule === undefined || schedule.kind === 'constant') return;
  if (schedule.kind === 'step') {
    if (!(Number.isInteger(schedule.everyEpochs) && schedule.everyEpochs >= 1)) {
      throw new RangeError(`learningRateSchedule.everyEpochs must be a positive integer, got ${schedule.everyEpochs}`);
    }
    if (!(schedule.factor > 0 && Number.isFinite(schedule.factor))) throw new RangeError(`learningRateSchedule.factor must be positive, got ${schedule.factor}`);
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
  throw new RangeError(`learningRateSchedule.kind must be 'constant', 'step' or 'cosine', got ${String((schedule as { kind: unknown }).kind)}`);
}
