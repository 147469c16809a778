import { assertCount } from "./assert-count.ts";
import type { Interval, Undefined } from "./result.ts";
import type { GroupSummary } from "./standardized-mean-difference.ts";
import { studentTQuantile, studentTSf } from "./student-t-distribution.ts";

/**
 * Welch's (1947) t-test for the difference of two means without assuming equal variances, with the
 * matching confidence interval for meanA − meanB:
 *   SE² = varianceA/nA + varianceB/nB,   t = (meanA − meanB)/SE,
 *   df = SE⁴ / ((varianceA/nA)²/(nA − 1) + (varianceB/nB)²/(nB − 1))   (Welch–Satterthwaite),
 * two-sided p = 2·P(T_df > |t|), interval (meanA − meanB) ± t_{df, 1 − α/2}·SE. Variances are sample
 * variances (n − 1 denominators). Same as scipy `stats.ttest_ind(a, b, equal_var=False)` and its
 * `confidence_interval()`, and R `t.test(a, b)`.
 *
 * Undefined when a group has fewer than two values (no variance) or both variances are 0 (SE = 0).
 */
export interface WelchTestResult {
  readonly status: "ok";
  readonly method: "welch-t";
  /** meanA − meanB. */
  readonly difference: number;
  readonly statistic: number;
  readonly df: number;
  /** Two-sided. */
  readonly pValue: number;
  readonly ci: Interval;
}

export const welchTTest = (
  a: GroupSummary,
  b: GroupSummary,
  options?: { level?: number },
): WelchTestResult | Undefined => {
  for (const [name, g] of [
    ["a", a],
    ["b", b],
  ] as const) {
    assertCount("welchTTest", `${name}.n`, g.n);
    if (!Number.isFinite(g.mean)) throw new RangeError(`welchTTest requires a finite ${name}.mean`);
    if (!(g.variance >= 0 && Number.isFinite(g.variance)))
      throw new RangeError(`welchTTest requires a finite ${name}.variance >= 0`);
  }
  const level = options?.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError("welchTTest requires 0 < level < 1");
  if (a.n < 2 || b.n < 2) {
    return { status: "undefined", reason: "each group needs at least two values to estimate its spread" };
  }
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se2 = va + vb;
  if (se2 === 0) {
    return {
      status: "undefined",
      reason: "all values within each group are equal, so there is no spread to test against",
    };
  }
  const se = Math.sqrt(se2);
  const difference = a.mean - b.mean;
  const statistic = difference / se;
  // Welch–Satterthwaite on the shares of SE², which is the same number but cannot underflow when the
  // variances are tiny (their squares would round to 0 and the df to 0/0).
  const sa = va / se2;
  const sb = vb / se2;
  const df = 1 / ((sa * sa) / (a.n - 1) + (sb * sb) / (b.n - 1));
  const critical = studentTQuantile(1 - (1 - level) / 2, df);
  return {
    status: "ok",
    method: "welch-t",
    difference,
    statistic,
    df,
    pValue: Math.min(1, 2 * studentTSf(Math.abs(statistic), df)),
    ci: {
      status: "ok",
      lower: difference - critical * se,
      upper: difference + critical * se,
      level,
      method: "welch",
    },
  };
};
