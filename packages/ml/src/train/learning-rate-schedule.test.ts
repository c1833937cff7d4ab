import { describe, expect, it } from 'vitest';
import { isStepwise, learningRateAt, validateLearningRateSchedule } from './learning-rate-schedule.js';

const rates = (schedule: Parameters<typeof learningRateAt>[0]['schedule'], epochs: number) =>
  Array.from({ length: epochs }, (_, i) => learningRateAt({ schedule, baseRate: 0.1, epoch: i + 1, epochs }));

describe('learningRateAt', () => {
  describe('when no schedule is given', () => {
    it('returns the base rate every epoch', () => {
      expect(rates(undefined, 3)).toEqual([0.1, 0.1, 0.1]);
    });
  });

  describe('when the schedule steps', () => {
    it('multiplies by the factor every few epochs', () => {
      const values = rates({ kind: 'step', everyEpochs: 2, factor: 0.1 }, 5);
      [0.1, 0.1, 0.01, 0.01, 0.001].forEach((expected, i) => expect(values[i]).toBeCloseTo(expected, 12));
    });
  });

  describe('when the schedule is cosine with warm-up', () => {
    it('ramps up linearly, then follows half a cosine towards the floor', () => {
      // 2 warm-up epochs, then 4 cosine epochs at progress 0, 1/4, 2/4, 3/4 of the way from 0.1 to 0.02.
      const values = rates({ kind: 'cosine', warmupEpochs: 2, minLearningRate: 0.02 }, 6);
      const cosine = (t: number) => 0.02 + 0.08 * 0.5 * (1 + Math.cos(Math.PI * t));
      [0.05, 0.1, 0.1, cosine(0.25), 0.06, cosine(0.75)].forEach((expected, i) =>
        expect(values[i]).toBeCloseTo(expected, 12),
      );
    });
  });
});

describe('learningRateAt with a one-cycle schedule', () => {
  const at = (epoch: number, batch: number) =>
    learningRateAt({
      schedule: { kind: 'one-cycle', warmupFraction: 0.25 },
      baseRate: 0.1,
      epoch,
      epochs: 2,
      batch,
      batches: 4,
    });

  it('rises linearly from base / 25 over the warm-up steps, then falls along half a cosine to base / 10^4 at the last step', () => {
    // 8 steps, 2 of them warm-up: steps 0-1 rise, the peak is at step 2, step 7 is the floor.
    const rates = [1, 2, 3, 4].map((b) => at(1, b)).concat([1, 2, 3, 4].map((b) => at(2, b)));
    expect(rates[0]).toBeCloseTo(0.004, 12);
    expect(rates[1]).toBeCloseTo(0.004 + 0.096 / 2, 12);
    expect(rates[2]).toBeCloseTo(0.1, 12);
    expect(rates[7]).toBeCloseTo(1e-5, 12);
    const floor = 1e-5;
    expect(rates[4]).toBeCloseTo(floor + (0.1 - floor) * 0.5 * (1 + Math.cos((Math.PI * 2) / 5)), 12);
    for (let i = 3; i < 8; i++) expect(rates[i]!).toBeLessThan(rates[i - 1]!);
  });

  it('is step-wise, unlike the epoch-wise schedules', () => {
    expect(isStepwise({ kind: 'one-cycle' })).toBe(true);
    expect(isStepwise({ kind: 'cosine' })).toBe(false);
    expect(isStepwise(undefined)).toBe(false);
  });
});

describe('validateLearningRateSchedule', () => {
  describe('when a field is out of range', () => {
    it('throws a RangeError naming it', () => {
      expect(() => validateLearningRateSchedule({ kind: 'step', everyEpochs: 0, factor: 0.5 }, 0.1)).toThrow(
        /everyEpochs/,
      );
      expect(() => validateLearningRateSchedule({ kind: 'step', everyEpochs: 1, factor: 0 }, 0.1)).toThrow(/factor/);
      expect(() => validateLearningRateSchedule({ kind: 'cosine', warmupEpochs: -1 }, 0.1)).toThrow(/warmupEpochs/);
      expect(() => validateLearningRateSchedule({ kind: 'cosine', minLearningRate: 0.2 }, 0.1)).toThrow(
        /minLearningRate/,
      );
      expect(() => validateLearningRateSchedule({ kind: 'one-cycle', warmupFraction: 1 }, 0.1)).toThrow(
        /warmupFraction/,
      );
      expect(() => validateLearningRateSchedule({ kind: 'one-cycle', minLearningRate: 0.2 }, 0.1)).toThrow(
        /minLearningRate/,
      );
      expect(() => validateLearningRateSchedule({ kind: 'linear' } as never, 0.1)).toThrow(/kind/);
    });
  });
});
