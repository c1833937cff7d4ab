import { describe, expect, it } from 'vitest';
import { evaluateProbabilities } from './evaluate-probabilities.js';
import { reliabilityDiagram } from './reliability-diagram.js';
import { topKAccuracy } from './top-k-accuracy.js';

// Hand-worked example: 7 samples, 3 classes.
//   row                 label  argmax  confidence  correct  label in top 2
//   [0.7, 0.2, 0.1]     0      0       0.7         yes      yes
//   [0.5, 0.3, 0.2]     1      0       0.5         no       yes
//   [0.1, 0.8, 0.1]     1      1       0.8         yes      yes
//   [0.2, 0.35, 0.45]   0      2       0.45        no       no
//   [0.05, 0.05, 0.9]   2      2       0.9         yes      yes
//   [0.3, 0.6, 0.1]     2      1       0.6         no       no
//   [0.6, 0.3, 0.1]     0      0       0.6         yes      yes
const probabilities = [
  [0.7, 0.2, 0.1],
  [0.5, 0.3, 0.2],
  [0.1, 0.8, 0.1],
  [0.2, 0.35, 0.45],
  [0.05, 0.05, 0.9],
  [0.3, 0.6, 0.1],
  [0.6, 0.3, 0.1],
];
const labels = [0, 1, 1, 0, 2, 2, 0];

describe('evaluateProbabilities', () => {
  const result = evaluateProbabilities({ probabilities, labels });

  describe('when given the hand-worked example', () => {
    it('computes the confusion matrix, accuracy, balanced accuracy and macro F1', () => {
      expect(result.samples).toBe(7);
      expect(result.confusionMatrix).toEqual([
        [2, 0, 1],
        [1, 1, 0],
        [0, 1, 1],
      ]);
      expect(result.accuracy).toBeCloseTo(4 / 7, 12);
      // Recalls 2/3, 1/2, 1/2.
      expect(result.balancedAccuracy).toBeCloseTo(5 / 9, 12);
      // Precisions 2/3, 1/2, 1/2, so F1 2/3, 1/2, 1/2.
      expect(result.macroF1).toBeCloseTo(5 / 9, 12);
      expect(result.perClass[0]).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, support: 3 });
    });

    it('computes top-2 accuracy and log loss', () => {
      expect(result.top2Accuracy).toBeCloseTo(5 / 7, 12);
      const logLoss = -[0.7, 0.3, 0.8, 0.2, 0.9, 0.1, 0.6].reduce((sum, p) => sum + Math.log(p), 0) / 7;
      expect(result.logLoss).toBeCloseTo(logLoss, 12);
    });

    it('bins confidences into (lower, upper] and computes ECE and MCE', () => {
      // Non-empty bins of width 1/15: (0.4, 0.467] {0.45 wrong}, (0.467, 0.533] {0.5 wrong},
      // (0.533, 0.6] {0.6 wrong, 0.6 right}, (0.667, 0.733] {0.7 right}, (0.733, 0.8] {0.8 right}, (0.867, 0.933] {0.9 right}.
      // ECE = (0.45 + 0.5 + 2 * 0.1 + 0.3 + 0.2 + 0.1) / 7 = 0.25; MCE = 0.5.
      expect(result.expectedCalibrationError).toBeCloseTo(0.25, 12);
      expect(result.maxCalibrationError).toBeCloseTo(0.5, 12);
      expect(result.reliability).toHaveLength(15);
      const filled = result.reliability.flatMap((bin, i) => (bin.count > 0 ? [[i, bin.count, bin.accuracy]] : []));
      expect(filled).toEqual([
        [6, 1, 0],
        [7, 1, 0],
        [8, 2, 0.5],
        [10, 1, 1],
        [11, 1, 1],
        [13, 1, 1],
      ]);
      expect(result.reliability[8]?.meanConfidence).toBeCloseTo(0.6, 12);
      expect(result.reliability[0]).toEqual({
        lower: 0,
        upper: 1 / 15,
        count: 0,
        meanConfidence: null,
        accuracy: null,
      });
    });
  });

  describe('when there are no samples', () => {
    it('returns zeros and empty bins', () => {
      const empty = evaluateProbabilities({ probabilities: [], labels: [] });
      expect(empty).toMatchObject({
        samples: 0,
        accuracy: 0,
        top2Accuracy: 0,
        logLoss: 0,
        expectedCalibrationError: 0,
      });
    });
  });

  describe('when inputs are malformed', () => {
    it('throws a RangeError naming the row or label', () => {
      expect(() => evaluateProbabilities({ probabilities: [[0.5, 0.5], [1]], labels: [0, 0] })).toThrow(
        /probabilities\[1\]/,
      );
      expect(() => evaluateProbabilities({ probabilities: [[0.5, Number.NaN]], labels: [0] })).toThrow(
        /probabilities\[0\]/,
      );
      expect(() => evaluateProbabilities({ probabilities: [[0.5, 0.5]], labels: [2] })).toThrow(/labels\[0\]/);
      expect(() => evaluateProbabilities({ probabilities: [[0.5, 0.5]], labels: [] })).toThrow(RangeError);
    });
  });
});

describe('topKAccuracy', () => {
  describe('when probabilities tie', () => {
    it('ranks the lower class index first, as argmax does', () => {
      expect(topKAccuracy({ probabilities: [[0.4, 0.4, 0.2]], labels: [1], k: 1 })).toBe(0);
      expect(topKAccuracy({ probabilities: [[0.4, 0.4, 0.2]], labels: [0], k: 1 })).toBe(1);
    });
  });

  describe('when k covers every class', () => {
    it('counts every sample', () => {
      expect(topKAccuracy({ probabilities, labels, k: 3 })).toBe(1);
    });
  });
});

describe('reliabilityDiagram', () => {
  describe('when asked for 2 bins', () => {
    it('splits at 0.5 with 0.5 itself in the lower bin', () => {
      const { bins, expectedCalibrationError } = reliabilityDiagram({
        probabilities: [
          [0.5, 0.5],
          [0.9, 0.1],
        ],
        labels: [1, 0],
        bins: 2,
      });
      expect(bins.map((b) => b.count)).toEqual([1, 1]);
      // (1/2) * |0 - 0.5| + (1/2) * |1 - 0.9|
      expect(expectedCalibrationError).toBeCloseTo(0.3, 12);
    });
  });
});
