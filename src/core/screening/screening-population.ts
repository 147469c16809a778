import type { CandidateView } from "./candidate-view.ts";
import { numericValue } from "./evaluate-condition.ts";
import { robustSpread } from "./robust-spread.ts";
import type { Contribution } from "./screening-result.ts";
import type { Criterion } from "./vacancy.ts";

/** Outliers need enough values for a stable median (Leys et al. 2013 use 3 robust SDs). */
export const OUTLIER_MIN_VALUES = 20;
export const OUTLIER_ROBUST_SDS = 3;
/** A combination is rare below 2 % of candidates and below 3 of them, from 50 candidates on. */
export const RARE_MIN_CANDIDATES = 50;
export const RARE_SHARE = 0.02;
export const RARE_COUNT = 3;

/**
 * What the atypical-profile check needs to know about everyone screened together. Computed from the
 * whole set, so a candidate's result does not depend on the order of the candidates.
 */
export interface ScreeningPopulation {
  /** True when x, the value of `criterion`, lies more than 3 robust SDs from the median. */
  isOutlier(criterion: Criterion, x: number): boolean;
  /** True when this set of fully met criteria is rare among the candidates. */
  isRareCombination(contributions: readonly MetFlag[]): boolean;
}

/** All the population needs of a contribution: which criterion, and whether it is fully met. */
export type MetFlag = Pick<Contribution, "criterionId" | "met">;

/** The set of fully met criteria as one string (ids cannot contain the separator U+0000). */
const metKey = (contributions: readonly MetFlag[]) => {
  let key = "";
  for (const c of contributions) if (c.met) key += `${c.criterionId}\u0000`;
  return key;
};

export function screeningPopulation(
  criteria: readonly Criterion[],
  candidates: readonly CandidateView[],
  /** Each candidate's met flags, read once (a generator is fine: nothing is kept but the counts). */
  contributions: Iterable<readonly MetFlag[]>,
): ScreeningPopulation {
  const spreads = new Map<string, { median: number; sd: number }>();
  for (const c of criteria) {
    const values = candidates.map((v) => numericValue(c.condition, v)).filter((x) => x !== null);
    if (values.length < OUTLIER_MIN_VALUES) continue;
    const spread = robustSpread(values);
    if (spread.sd > 0) spreads.set(c.id, spread);
  }
  const counts = new Map<string, number>();
  let n = 0;
  for (const list of contributions) {
    const key = metKey(list);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    n++;
  }
  return {
    isOutlier: (criterion, x) => {
      const s = spreads.get(criterion.id);
      return s !== undefined && Math.abs(x - s.median) > OUTLIER_ROBUST_SDS * s.sd;
    },
    isRareCombination: (list) => {
      if (n < RARE_MIN_CANDIDATES) return false;
      const count = counts.get(metKey(list)) ?? 0;
      return count / n < RARE_SHARE && count < RARE_COUNT;
    },
  };
}
