import { logGamma } from "./log-gamma.ts";
import { normalSf } from "./normal.ts";

/**
 * Upper tail of the chi-square distribution: P(X > x) for X ~ χ²(df), i.e. the p-value of a
 * chi-square statistic x (R `pchisq(x, df, lower.tail = FALSE)`, scipy `stats.chi2.sf`).
 *
 * χ²(df) is the Gamma(df/2, scale 2) distribution, so P(X > x) = Q(df/2, x/2), where
 * Q(a, y) = Γ(a, y)/Γ(a) is the regularized upper incomplete gamma function. Q is computed as
 * in Numerical Recipes (Press et al., 3rd ed., §6.2, `gammq`): for y < a + 1 the power series
 * of P = 1 − Q converges fast, otherwise Q itself comes from Legendre's continued fraction
 * evaluated by the modified Lentz method. Both are iterated to double precision.
 *
 * df = 1 uses Q(½, y) = erfc(√y) = 2·normalSf(√x) and df = 2 uses Q(1, y) = e^(−y), which are
 * exact identities and keep full precision in the far tail.
 */

const EPSILON = Number.EPSILON;
/** A number near the smallest normal double, guarding the Lentz recurrences against division by 0. */
const TINY = 1e-300;
const MAX_ITERATIONS = 1_000_000;

/** ln of the common factor e^(−y)·y^a/Γ(a) of both expansions. */
const logPrefactor = (a: number, y: number): number => -y + a * Math.log(y) - logGamma(a);

/** P(a, y) by its series Σ y^n / (a(a+1)…(a+n)) times the prefactor (NR `gser`). */
const lowerSeries = (a: number, y: number): number => {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= y / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(logPrefactor(a, y));
};

/** Q(a, y) by the continued fraction 1/(y+1−a− 1·(1−a)/(y+3−a− 2·(2−a)/(y+5−a− …))) (NR `gcf`). */
const upperContinuedFraction = (a: number, y: number): number => {
  let b = y + 1 - a;
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
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(logPrefactor(a, y)) * h;
};

/** P(X > x) for X ~ χ²(df); df may be any positive real. */
export const chiSquareSf = (x: number, df: number): number => {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError("chiSquareSf requires finite df > 0");
  if (Number.isNaN(x)) throw new TypeError("chiSquareSf requires a number x, got NaN");
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (df === 1) return 2 * normalSf(Math.sqrt(x));
  if (df === 2) return Math.exp(-x / 2);
  const a = df / 2;
  const y = x / 2;
  return y < a + 1 ? 1 - lowerSeries(a, y) : upperContinuedFraction(a, y);
};
