import { describe, expect, it } from 'vitest';
import { argmax } from './argmax.js';
import { classificationMetrics } from './classification-metrics.js';

describe('classificationMetrics', () => {
  describe('when given a hand-computed three-class example', () => {
    // truth:     0 0 0 1 1 2
    // predicted: 0 0 1 1 2 2
    const metrics = classificationMetrics({ yTrue: [0, 0, 0, 1, 1, 2], yPred: [0, 0, 1, 1, 2, 2], numClasses: 3 });

    it('builds the confusion matrix with true labels as rows', () => {
      expect(metrics.confusionMatrix).toEqual([
        [2, 1, 0],
        [0, 1, 1],
        [0, 0, 1],
      ]);
    });

    it('computes accuracy and per-class precision, recall, F1 and support', () => {
      expect(metrics.accuracy).toBeCloseTo(4 / 6);
      const [a, b, c] = metrics.perClass;
      expect(a).toEqual({ precision: 1, recall: 2 / 3, f1: 0.8, support: 3 });
      expect(b?.precision).toBeCloseTo(0.5);
      expect(b?.recall).toBeCloseTo(0.5);
      expect(b?.f1).toBeCloseTo(0.5);
      expect(c?.precision).toBeCloseTo(0.5);
      expect(c?.recall).toBe(1);
      expect(c?.f1).toBeCloseTo(2 / 3);
      expect(metrics.macroF1).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3);
    });
  });

  describe('when a class is never predicted or never present', () => {
    it('counts its undefined ratios as 0', () => {
      const metrics = classificationMetrics({ yTrue: [0, 0], yPred: [0, 0], numClasses: 2 });
      expect(metrics.perClass[1]).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
      expect(metrics.macroF1).toBeCloseTo(0.5);
    });
  });

  describe('when a label is out of range', () => {
    it('throws a RangeError naming it', () => {
      expect(() => classificationMetrics({ yTrue: [0, 3], yPred: [0, 1], numClasses: 3 })).toThrow(/yTrue\[1\]/);
    });
  });

  describe('when the arrays differ in length', () => {
    it('throws a RangeError', () => {
      expect(() => classificationMetrics({ yTrue: [0], yPred: [], numClasses: 2 })).toThrow(RangeError);
    });
  });

  describe('when there are no samples', () => {
    it('returns zero accuracy', () => {
      expect(classificationMetrics({ yTrue: [], yPred: [], numClasses: 2 }).accuracy).toBe(0);
    });
  });
});

describe('argmax', () => {
  describe('when the maximum is unique', () => {
    it('returns its index', () => {
      expect(argmax([0.1, 0.7, 0.2])).toBe(1);
    });
  });

  describe('when values tie', () => {
    it('returns the first', () => {
      expect(argmax([0.5, 0.5])).toBe(0);
    });
  });

  describe('when the row is empty', () => {
    it('returns -1', () => {
      expect(argmax([])).toBe(-1);
    });
  });
});
