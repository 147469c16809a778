import { assertCount } from "./assert-count.ts";
import { normalCriticalValue } from "./normal-critical-value.ts";
import type { Interval, Undefined } from "./result.ts";

/**
 * Wilson (1927) score interval for a binomial proportion, without continuity correction:
 * the set of p for which the score test |p̂ − p| / sqrt(p(1 − p)/n) ≤ z does not reject, i.e.
 *   (p̂ + z²/(2n) ± z·sqrt(p̂(1 − p̂)/n + z²/(4n²))) / (1 + z²/n),
 * with p̂ = successes/n and z the two-sided normal critical value for `level`. Same as
 * statsmodels `proportion_confint(successes, n, alpha = 1 − level, method = "wilson")`. Unlike
 * the Wald interval it never leaves [0, 1] and behaves well for small n and rates near 0 or 1
 * (Brown, Cai & DasGupta 2001). The bounds are clamped to [0, 1] against rounding, and are
 * exactly 0 (no successes) and 1 (all successes) at the extremes, where the formula gives them
 * mathematically.
 */
export const wilsonInterval = (
  successes: number,
  n: number,
  options?: { level?: number },
): Interval | Undefined => {
  assertCount("wilsonInterval", "successes", successes);
  assertCount("wilsonInterval", "n", n);
  if (successes > n) throw new RangeError("wilsonInterval requires 0 <= successes <= n");
  const level = options?.level ?? 0.95;
  const z = normalCriticalValue("wilsonInterval", level);
  if (n === 0) return { status: "undefined", reason: "no observations: a rate needs at least one person" };
  const rate = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (rate + z2 / (2 * n)) / denominator;
  const halfWidth = (z * Math.sqrt((rate * (1 - rate)) / n + z2 / (4 * n * n))) / denominator;
  return {
    status: "ok",
    lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: successes === n ? 1 : Math.min(1, centre + halfWidth),
    level,
    method: "wilson",
  };
};
