import { assertTwoByTwo } from "./assert-two-by-two.ts";
import { normalSf } from "./normal.ts";
import type { TwoByTwo, Undefined } from "./result.ts";

/**
 * Two-proportion z-test with pooled variance (the "two standard deviations" test of EEOC
 * practice; e.g. Hazelwood School District v. United States, 1977):
 *   z = (pA − pB) / sqrt(p(1 − p)(1/nA + 1/nB)),   p = (selectedA + selectedB)/(nA + nB),
 * where pA, pB are the two selection rates and p the pooled rate under the null hypothesis of
 * equal rates. The two-sided p-value is 2·P(Z > |z|). Same as statsmodels
 * `proportions_ztest([selectedA, selectedB], [totalA, totalB])` (default pooled variance). The
 * sign is positive when group A's rate is higher.
 */
export interface ZTestResult {
  readonly status: "ok";
  readonly method: "two-proportion-z (pooled)";
  /** z, positive when A's rate > B's. */
  readonly statistic: number;
  /** Two-sided. */
  readonly pValue: number;
}

export const twoProportionZTest = (t: TwoByTwo): ZTestResult | Undefined => {
  assertTwoByTwo("twoProportionZTest", t);
  if (t.totalA === 0)
    return { status: "undefined", reason: "group A has no members, so it has no selection rate" };
  if (t.totalB === 0)
    return { status: "undefined", reason: "group B has no members, so it has no selection rate" };
  const selected = t.selectedA + t.selectedB;
  const total = t.totalA + t.totalB;
  if (selected === 0) {
    return {
      status: "undefined",
      reason: "no one was selected in either group, so there is no variation to test",
    };
  }
  if (selected === total) {
    return {
      status: "undefined",
      reason: "everyone was selected in both groups, so there is no variation to test",
    };
  }
  const pooled = selected / total;
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / t.totalA + 1 / t.totalB));
  const statistic = (t.selectedA / t.totalA - t.selectedB / t.totalB) / standardError;
  return {
    status: "ok",
    method: "two-proportion-z (pooled)",
    statistic,
    pValue: 2 * normalSf(Math.abs(statistic)),
  };
};
