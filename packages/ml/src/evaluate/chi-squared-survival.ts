const MAX_ITERATIONS = 500;
const TOLERANCE = 1e-15;
const TINY = 1e-300;
/** ln Γ(1/2) = ln √π. */
const LN_GAMMA_HALF = 0.5 * Math.log(Math.PI);

/** P(X >= x) for X ~ chi-squared with 1 degree of freedom: Q(1/2, x/2), by series or continued fraction (Numerical Recipes' gammq). */
export function chiSquaredSurvival1(x: number): number {
  if (!(x > 0)) return 1;
  if (!Number.isFinite(x)) return 0;
  const a = 0.5;
  const z = x / 2;
  const prefix = Math.exp(-z + a * Math.log(z) - LN_GAMMA_HALF);
  if (z < a + 1) {
    // Lower series: P(a, z) = prefix * sum z^n / (a (a+1) ... (a+n)).
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(sum) * TOLERANCE; n++) {
      term *= z / (a + n);
      sum += term;
    }
    return Math.max(0, 1 - prefix * sum);
  }
  // Upper continued fraction (modified Lentz).
  let b = z + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < TOLERANCE) break;
  }
  return prefix * h;
}
