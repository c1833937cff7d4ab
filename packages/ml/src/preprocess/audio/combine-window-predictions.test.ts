import { describe, expect, it } from 'vitest';
import { combineWindowPredictions } from './combine-window-predictions.js';

const windows = [
  { startSeconds: 0, endSeconds: 2 },
  { startSeconds: 1, endSeconds: 3 },
  { startSeconds: 2, endSeconds: 4 },
];

describe('combineWindowPredictions', () => {
  describe('when given one probability row per window', () => {
    const combined = combineWindowPredictions({
      windows,
      probabilities: [
        [0.7, 0.2, 0.1],
        [0.1, 0.8, 0.1],
        [0.4, 0.5, 0.1],
      ],
    });

    it('returns the mean probabilities and the top class', () => {
      combined.probabilities.forEach((p, i) => expect(p).toBeCloseTo([0.4, 0.5, 0.1][i] as number, 10));
      expect(combined.probabilities.reduce((a, b) => a + b)).toBeCloseTo(1, 10);
      expect(combined.top).toBe(1);
    });

    it('keeps each window with its times, probabilities and top class', () => {
      expect(combined.windows[0]).toEqual({ startSeconds: 0, endSeconds: 2, probabilities: [0.7, 0.2, 0.1], top: 0 });
      expect(combined.windows.map((w) => w.top)).toEqual([0, 1, 1]);
    });
  });

  describe('when rows and windows disagree', () => {
    it('throws a RangeError saying how', () => {
      expect(() => combineWindowPredictions({ windows, probabilities: [[1, 0]] })).toThrow(/3 windows but 1/);
      expect(() => combineWindowPredictions({ windows: [], probabilities: [] })).toThrow(/at least one window/);
      expect(() =>
        combineWindowPredictions({
          windows: windows.slice(0, 2),
          probabilities: [
            [1, 0],
            [Number.NaN, 1],
          ],
        }),
      ).toThrow(/row 1/);
    });
  });
});
