import { chiSquaredSurvival1 } from './chi-squared-survival.js';

/** Options for {@link mcnemarTest}: per-sample correctness of two classifiers on the same samples. */
export interface McNemarTestOptions {
  aCorrect: readonly boolean[];
  bCorrect: readonly boolean[];
  /** Use the exact binomial test while b + c is below this (default 25), else chi-squared. */
  exactBelow?: number;
}

/** Result of {@link mcnemarTest}. */
export interface McNemarResult {
  /** Samples A got right and B got wrong. */
  b: number;
  /** Samples A got wrong and B got right. */
  c: number;
  /** min(b, c) for the exact test; the continuity-corrected chi-squared value otherwise. */
  statistic: number;
  /** Two-sided p-value for "A and B have the same error rate". */
  pValue: number;
  method: 'exact' | 'chi-squared';
}

/**
 * Two-sided exact binomial p-value: 2 * P(X <= k) for X ~ Binomial(n, 1/2), capped at 1. Sums the
 * binomial coefficients as integers (exact for small n), then scales by 2^-n; log space past n = 1000.
 */
function exactPValue(k: number, n: number): number {
  let choose = 1;
  let logChoose = 0;
  let count = 0;
  let tail = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) {
      choose = (choose * (n - i + 1)) / i;
      logChoose += Math.log(n - i + 1) - Math.log(i);
    }
    count += choose;
    tail += Math.exp(logChoose - n * Math.LN2);
  }
  return Math.min(1, 2 * (n <= 1000 ? count * 2 ** -n : tail));
}

/**
 * McNemar's test of whether two classifiers err equally often on the same samples, from the
 * discordant pairs b and c: exact binomial while b + c < exactBelow, otherwise chi-squared with
 * 1 degree of freedom and Edwards' continuity correction, (max(0, |b - c| - 1))^2 / (b + c).
 */
export function mcnemarTest(options: McNemarTestOptions): McNemarResult {
  const { aCorrect, bCorrect, exactBelow = 25 } = options;
  if (aCorrect.length !== bCorrect.length)
    throw new RangeError(`aCorrect has ${aCorrect.length} entries but bCorrect has ${bCorrect.length}`);
  if (!(exactBelow >= 0)) throw new RangeError(`exactBelow must be a non-negative number, got ${exactBelow}`);
  let b = 0;
  let c = 0;
  aCorrect.forEach((a, i) => {
    if (a && !bCorrect[i]) b += 1;
    else if (!a && bCorrect[i]) c += 1;
  });
  const n = b + c;
  if (n < exactBelow) {
    const statistic = Math.min(b, c);
    return { b, c, statistic, pValue: n === 0 ? 1 : exactPValue(statistic, n), method: 'exact' };
  }
  const statistic = Math.max(0, Math.abs(b - c) - 1) ** 2 / n;
  return { b, c, statistic, pValue: chiSquaredSurvival1(statistic), method: 'chi-squared' };
}
