import { assertCount } from "./assert-count.ts";
import { normalCriticalValue } from "./normal-critical-value.ts";
import type { Interval, Undefined } from "./result.ts";

/**
 * Cohen's d, the standardized mean difference between two groups' scores (e.g. assessment
 * results of group A versus group B), with a normal-approximation confidence interval.
 *
 *   d = (meanA − meanB) / s,   s² = ((nA − 1)·varianceA + (nB − 1)·varianceB) / (nA + nB − 2),
 * where varianceA/B are the sample variances (n − 1 denominators) and s is the pooled standard
 * deviation (Cohen 1988, Statistical Power Analysis for the Behavioral Sciences, ch. 2). The
 * interval is d ± z·SE with
 *   SE² = (nA + nB)/(nA·nB) + d²/(2(nA + nB))
 * (Hedges & Olkin 1985, Statistical Methods for Meta-Analysis, ch. 5: the large-sample variance of d).
 * d is not bias-corrected (Hedges' g multiplies by 1 − 3/(4(nA + nB) − 9)).
 */
export interface GroupSummary {
  readonly n: number;
  readonly mean: number;
  /** Sample variance, with n − 1 in the denominator. */
  readonly variance: number;
}

export interface SmdResult {
  readonly status: "ok";
  readonly method: "cohens-d (pooled SD)";
  readonly value: number;
  readonly ci: Interval;
}

const checkGroup = (name: string, group: GroupSummary): void => {
  assertCount("standardizedMeanDifference", `${name}.n`, group.n);
  if (!Number.isFinite(group.mean))
    throw new RangeError(`standardizedMeanDifference requires a finite ${name}.mean`);
  if (!(group.variance >= 0 && Number.isFinite(group.variance))) {
    throw new RangeError(`standardizedMeanDifference requires a finite ${name}.variance >= 0`);
  }
};

export const standardizedMeanDifference = (
  a: GroupSummary,
  b: GroupSummary,
  options?: { level?: number },
): SmdResult | Undefined => {
  checkGroup("a", a);
  checkGroup("b", b);
  const level = options?.level ?? 0.95;
  const z = normalCriticalValue("standardizedMeanDifference", level);
  if (a.n < 2 || b.n < 2) {
    return { status: "undefined", reason: "each group needs at least two scores to estimate its spread" };
  }
  const pooledVariance = ((a.n - 1) * a.variance + (b.n - 1) * b.variance) / (a.n + b.n - 2);
  if (pooledVariance === 0) {
    return {
      status: "undefined",
      reason: "all scores within each group are equal, so the pooled SD is zero",
    };
  }
  const value = (a.mean - b.mean) / Math.sqrt(pooledVariance);
  const total = a.n + b.n;
  const standardError = Math.sqrt(total / (a.n * b.n) + (value * value) / (2 * total));
  return {
    status: "ok",
    method: "cohens-d (pooled SD)",
    value,
    ci: {
      status: "ok",
      lower: value - z * standardError,
      upper: value + z * standardError,
      level,
      method: "normal approximation (Hedges & Olkin 1985)",
    },
  };
};
