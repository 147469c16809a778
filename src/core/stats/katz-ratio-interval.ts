import { assertTwoByTwo } from "./assert-two-by-two.ts";
import { normalCriticalValue } from "./normal-critical-value.ts";
import type { Interval, TwoByTwo, Undefined } from "./result.ts";

/**
 * Confidence interval for the ratio of selection rates (risk ratio, the "impact ratio" of the
 * four-fifths rule) RR = (a/nA)/(c/nB), with a = selectedA, nA = totalA, c = selectedB,
 * nB = totalB. Katz, Baptista, Azen & Pike (1978), "Obtaining confidence intervals for the risk
 * ratio in cohort studies", Biometrics 34: the log ratio is approximately normal with
 *   Var(ln RR) ≈ 1/a − 1/nA + 1/c − 1/nB   (the delta method),
 * so the interval is exp(ln RR ± z·sqrt(Var)). Same as statsmodels
 * `Table2x2(table, shift_zeros=False).riskratio_confint()`. No 0.5 is added to zero cells: with
 * no one selected in a group the log ratio does not exist and we say so instead.
 */
export const katzRatioInterval = (t: TwoByTwo, options?: { level?: number }): Interval | Undefined => {
  assertTwoByTwo("katzRatioInterval", t);
  const level = options?.level ?? 0.95;
  const z = normalCriticalValue("katzRatioInterval", level);
  if (t.totalA === 0)
    return { status: "undefined", reason: "group A has no members, so it has no selection rate" };
  if (t.totalB === 0)
    return { status: "undefined", reason: "group B has no members, so it has no selection rate" };
  if (t.selectedA === 0) {
    return {
      status: "undefined",
      reason: "no one in group A was selected, so the log of the rate ratio is undefined",
    };
  }
  if (t.selectedB === 0) {
    return {
      status: "undefined",
      reason: "no one in group B was selected, so the rate ratio divides by zero",
    };
  }
  const logRatio = Math.log(t.selectedA / t.totalA / (t.selectedB / t.totalB));
  const variance = 1 / t.selectedA - 1 / t.totalA + 1 / t.selectedB - 1 / t.totalB;
  // 1/a − 1/nA ≥ 0 exactly in real arithmetic; clamp the rounding residue when a = nA.
  const halfWidth = z * Math.sqrt(Math.max(0, variance));
  return {
    status: "ok",
    lower: Math.exp(logRatio - halfWidth),
    upper: Math.exp(logRatio + halfWidth),
    level,
    method: "katz-log",
  };
};
