import { describe, expect, it } from 'vitest';
import { chiSquaredSurvival1 } from './chi-squared-survival.js';
import { mcnemarTest } from './mcnemar-test.js';

/** Correctness vectors with `both` shared hits, `b` A-only, `c` B-only and `neither` shared misses. */
function pairs(counts: { both: number; b: number; c: number; neither: number }) {
  const rows = [
    ...Array<[boolean, boolean]>(counts.both).fill([true, true]),
    ...Array<[boolean, boolean]>(counts.b).fill([true, false]),
    ...Array<[boolean, boolean]>(counts.c).fill([false, true]),
    ...Array<[boolean, boolean]>(counts.neither).fill([false, false]),
  ];
  return { aCorrect: rows.map((r) => r[0]), bCorrect: rows.map((r) => r[1]) };
}

describe('mcnemarTest', () => {
  describe('when few pairs are discordant', () => {
    it('uses the exact binomial test', () => {
      // b = 1, c = 6: p = 2 * (C(7,0) + C(7,1)) / 2^7 = 16 / 128.
      expect(mcnemarTest(pairs({ both: 50, b: 1, c: 6, neither: 3 }))).toEqual({
        b: 1,
        c: 6,
        statistic: 1,
        pValue: 0.125,
        method: 'exact',
      });
      // b = 3, c = 9: p = 2 * (1 + 12 + 66 + 220) / 4096.
      expect(mcnemarTest(pairs({ both: 0, b: 3, c: 9, neither: 0 })).pValue).toBeCloseTo(598 / 4096, 14);
    });
  });

  describe('when many pairs are discordant', () => {
    it('uses chi-squared with continuity correction', () => {
      // (|30 - 10| - 1)^2 / 40 = 9.025; P(chi2_1 >= 9.025) = erfc(sqrt(9.025 / 2)) = 0.0026631192591385...
      const result = mcnemarTest(pairs({ both: 100, b: 30, c: 10, neither: 20 }));
      expect(result).toMatchObject({ b: 30, c: 10, method: 'chi-squared' });
      expect(result.statistic).toBeCloseTo(9.025, 12);
      expect(result.pValue).toBeCloseTo(0.002663119259138554, 12);
    });

    it('clamps the corrected difference at zero when b equals c', () => {
      expect(mcnemarTest(pairs({ both: 0, b: 15, c: 15, neither: 0 }))).toMatchObject({ statistic: 0, pValue: 1 });
    });
  });

  describe('when exactBelow moves the threshold', () => {
    it('switches method accordingly', () => {
      expect(mcnemarTest({ ...pairs({ both: 0, b: 30, c: 10, neither: 0 }), exactBelow: 100 }).method).toBe('exact');
      expect(mcnemarTest({ ...pairs({ both: 0, b: 1, c: 6, neither: 0 }), exactBelow: 0 }).method).toBe('chi-squared');
    });
  });

  describe('when an exact test is forced on many pairs', () => {
    it('matches scipy.stats.binomtest on both sides of its integer/log-space switch', () => {
      const small = mcnemarTest({ ...pairs({ both: 0, b: 400, c: 500, neither: 0 }), exactBelow: Infinity });
      const large = mcnemarTest({ ...pairs({ both: 0, b: 1500, c: 1600, neither: 0 }), exactBelow: Infinity });
      expect(small.pValue / 0.0009564441369189373).toBeCloseTo(1, 9);
      expect(large.pValue / 0.07537169707532781).toBeCloseTo(1, 9);
    });
  });

  describe('when no pair is discordant', () => {
    it('returns p = 1', () => {
      expect(mcnemarTest(pairs({ both: 5, b: 0, c: 0, neither: 5 }))).toMatchObject({ b: 0, c: 0, pValue: 1 });
    });
  });

  describe('when the vectors differ in length', () => {
    it('throws a RangeError', () => {
      expect(() => mcnemarTest({ aCorrect: [true], bCorrect: [] })).toThrow(RangeError);
    });
  });
});

describe('chiSquaredSurvival1', () => {
  describe('when compared with reference values (scipy.stats.chi2.sf)', () => {
    it('matches to about 12 digits on both sides of its series/fraction switch', () => {
      const reference: [number, number][] = [
        [0.001, 0.9747728793699604],
        [0.5, 0.47950012218695337],
        [1.5, 0.22067136191984324],
        [2, 0.15729920705028105],
        [30, 4.3204630578274955e-8],
      ];
      for (const [x, p] of reference) expect(chiSquaredSurvival1(x) / p).toBeCloseTo(1, 11);
      expect(chiSquaredSurvival1(0)).toBe(1);
    });
  });
});
