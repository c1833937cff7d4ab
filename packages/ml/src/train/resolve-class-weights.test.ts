import { describe, expect, it } from 'vitest';
import { resolveClassWeights } from './resolve-class-weights.js';

describe('resolveClassWeights', () => {
  describe("when 'balanced' is asked for", () => {
    it('gives total / (classes present * count) and 0 to absent classes', () => {
      // 40 samples over 2 present classes: 40 / (2 * 10) = 2 and 40 / (2 * 30) = 2/3.
      const weights = resolveClassWeights({ classWeights: 'balanced', labelCounts: [10, 0, 30], numClasses: 3 });
      expect(weights?.[0]).toBeCloseTo(2);
      expect(weights?.[1]).toBe(0);
      expect(weights?.[2]).toBeCloseTo(2 / 3);
    });

    it('throws a RangeError without label counts', () => {
      expect(() => resolveClassWeights({ classWeights: 'balanced', numClasses: 3 })).toThrow(/labelCounts/);
    });
  });

  describe("when 'sqrt-balanced' is asked for", () => {
    it('gives the square roots of the balanced weights, scaled so the mean weight per sample is 1', () => {
      // Balanced: 2 and 2/3; roots sqrt(2) and sqrt(2/3), per-sample mean (10 sqrt(2) + 30 sqrt(2/3)) / 40.
      const weights = resolveClassWeights({ classWeights: 'sqrt-balanced', labelCounts: [10, 0, 30], numClasses: 3 })!;
      const mean = (10 * Math.SQRT2 + 30 * Math.sqrt(2 / 3)) / 40;
      expect(weights[0]).toBeCloseTo(Math.SQRT2 / mean, 12);
      expect(weights[1]).toBe(0);
      expect(weights[2]).toBeCloseTo(Math.sqrt(2 / 3) / mean, 12);
      expect(10 * weights[0]! + 30 * weights[2]!).toBeCloseTo(40, 10);
    });
  });

  describe('when explicit weights are given', () => {
    it('returns a copy of them', () => {
      expect(resolveClassWeights({ classWeights: [1, 2, 3], numClasses: 3 })).toEqual([1, 2, 3]);
    });

    it('throws a RangeError naming a bad entry or length', () => {
      expect(() => resolveClassWeights({ classWeights: [1, -2, 3], numClasses: 3 })).toThrow(/classWeights\[1\]/);
      expect(() => resolveClassWeights({ classWeights: [1, 2], numClasses: 3 })).toThrow(/3 numbers/);
      expect(() => resolveClassWeights({ classWeights: [0, 0, 0], numClasses: 3 })).toThrow(/positive/);
    });
  });

  describe('when no weighting is asked for', () => {
    it('returns undefined', () => {
      expect(resolveClassWeights({ numClasses: 3 })).toBeUndefined();
    });
  });
});
