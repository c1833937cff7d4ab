import { describe, expect, it } from 'vitest';
import { learningRateAt, validateLearningRateSchedule } from './learning-rate-schedule.js';

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
      [0.05, 0.1, 0.1, cosine(0.25), 0.06, cosine(0.75)].forEach((expected, i) => expect(values[i]).toBeCloseTo(expected, 12));
    });
  });
});

describe('validateLearningRateSchedule', () => {
  describe('when a field is out of range', () => {
    it('throws a RangeError naming it', () => {
      expect(() => validateLearningRateSchedule({ kind: 'step', everyEpochs: 0, factor: 0.5 }, 0.1)).toThrow(/everyEpochs/);
      expect(() => validateLearningRateSchedule({ kind: 'step', everyEpochs: 1, factor: 0 }, 0.1)).toThrow(/factor/);
      expect(() => validateLearningRateSchedule({ kind: 'cosine', warmupEpochs: -1 }, 0.1)).toThrow(/warmupEpochs/);
      expect(() => validateLearningRateSchedule({ kind: 'cosine', minLearningRate: 0.2 }, 0.1)).toThrow(/minLearningRate/);
      expect(() => validateLearningRateSchedule({ kind: 'linear' } as never, 0.1)).toThrow(/kind/);
    });
  });
});
