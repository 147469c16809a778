import { assertTwoByTwo } from "./assert-two-by-two.ts";
import type { TwoByTwo, Undefined } from "./result.ts";

/**
 * Sample odds ratio of selection, group A versus group B: (a·d)/(b·c) with a = selectedA,
 * b = totalA − selectedA, c = selectedB, d = totalB − selectedB (the odds of being selected are
 * selected/not selected). Same as scipy `stats.contingency.odds_ratio(table, kind="sample")`.
 * 0 is a genuine value (a·d = 0 < b·c: nobody in A selected, or everybody in B); when b·c = 0
 * the ratio divides by zero and is undefined. No 0.5 is added to cells (Haldane's correction
 * would change the estimand).
 */
export const oddsRatio = (t: TwoByTwo): { status: "ok"; value: number } | Undefined => {
  assertTwoByTwo("oddsRatio", t);
  const a = t.selectedA;
  const b = t.totalA - t.selectedA;
  const c = t.selectedB;
  const d = t.totalB - t.selectedB;
  if (t.totalA === 0)
    return { status: "undefined", reason: "group A has no members, so it has no odds of selection" };
  if (t.totalB === 0)
    return { status: "undefined", reason: "group B has no members, so it has no odds of selection" };
  if (b === 0) {
    return {
      status: "undefined",
      reason: "everyone in group A was selected, so A's odds of selection are infinite",
    };
  }
  if (c === 0) {
    return {
      status: "undefined",
      reason:
        "no one in group B was selected, so B's odds of selection are zero and the ratio divides by zero",
    };
  }
  return { status: "ok", value: (a * d) / (b * c) };
};
