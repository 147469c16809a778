import { assertTwoByTwo } from "./assert-two-by-two.ts";
import type { TwoByTwo } from "./result.ts";
import {
  type ScaledNumber,
  scaledLessOrEqual,
  scaledLog2,
  scaledOne,
  scaledTimes,
  scaledToNumber,
} from "./scaled-number.ts";

/**
 * Fisher's exact test of independence for a 2×2 table (R. A. Fisher 1935), two-sided.
 *
 * Rows are groups A and B, columns are selected / not selected:
 *   | selectedA   totalA − selectedA |
 *   | selectedB   totalB − selectedB |
 * Conditioning on all margins, X = selectedA is hypergeometric (see hypergeometric.ts). The
 * two-sided p-value is the total probability of all tables with these margins that are no more
 * probable than the observed one, P(X = k) ≤ P(X = observed)·(1 + 1e-7), exactly as R
 * `fisher.test` (the 1e-7 absorbs rounding so that tables of mathematically equal probability,
 * e.g. mirror images, are counted). scipy `stats.fisher_exact` uses the same rule with a
 * 1e-14 tolerance, which differs only when two distinct probabilities agree to 7–14 digits.
 *
 * midP is Lancaster's (1961) mid-p-value, pValue − ½·P(observed table): it counts the observed
 * table only half, which removes most of the conservativeness of the exact test.
 *
 * oddsRatio is the sample (unconditional) odds ratio a·d/(b·c) with a = selectedA,
 * b = totalA − selectedA, c = selectedB, d = totalB − selectedB (as scipy; R reports the
 * conditional maximum-likelihood estimate instead); null when b·c = 0.
 *
 * When a margin is 0 (an empty group, nobody selected, or everybody selected) only one table is
 * possible: it has probability 1, so pValue = 1 and, by the same formula, midP = 1 − ½ = 0.5.
 *
 * Computation: no log-gamma. Starting from the mode of the hypergeometric distribution we
 * multiply the exact ratios of neighbouring probabilities,
 *   P(k+1)/P(k) = (K − k)(n − k) / ((k + 1)(N − K − n + k + 1)),
 * (N = totalA + totalB, K = selectedA + selectedB, n = totalA), which keeps ~1e-13 relative
 * accuracy even for totals of millions, where differences of log factorials near 1e7 would
 * lose about 8 digits. The distribution is log-concave, so the ratios shrink away from the
 * mode; a tail sum stops when the geometric bound term·r/(1 − r) on its remainder is below
 * 2^-60 of the sum. Cost: proportional to the distance from the mode to the observed table and to
 * its equally probable counterpart on the other side, plus a few standard deviations of X
 * (milliseconds for totals of millions). A p-value below the smallest double (~5e-324) is
 * returned as 0, its correctly rounded value, as R and scipy do.
 */
export interface FisherExactResult {
  readonly status: "ok";
  readonly method: "fisher-exact";
  readonly pValue: number;
  readonly midP: number;
  readonly oddsRatio: number | null;
}

/** R's relative tolerance for "no more probable than the observed table". */
const RELATIVE_TOLERANCE = 1 + 1e-7;
const NEGLIGIBLE = 2 ** -60;
/** log₂ of half the smallest subnormal double: anything smaller rounds to 0. */
const LOG2_UNDERFLOW = -1075;

type Ratio = (k: number) => number;

/**
 * Σ P(j)/P(start) over j from `start` outwards (step ±1) to `end`, for a start at or beyond the
 * mode; summed with Neumaier's compensated summation.
 */
const tailSum = (start: number, end: number, step: 1 | -1, ratio: Ratio): number => {
  let term = 1;
  let sum = 1;
  let compensation = 0;
  for (let k = start; k !== end; k += step) {
    const r = ratio(k);
    if (r < 1 && (term * r) / (1 - r) <= sum * NEGLIGIBLE) break;
    term *= r;
    const next = sum + term;
    compensation += sum >= term ? sum - next + term : term - next + sum;
    sum = next;
  }
  return sum + compensation;
};

/** Walks outwards from the mode to the first k whose relative probability is ≤ threshold. */
const findBoundary = (
  mode: number,
  end: number,
  step: 1 | -1,
  ratio: Ratio,
  threshold: ScaledNumber,
): { k: number; weight: ScaledNumber } | null => {
  let weight = scaledOne;
  for (let k = mode; k !== end; k += step) {
    weight = scaledTimes(weight, ratio(k));
    if (scaledLessOrEqual(weight, threshold)) return { k: k + step, weight };
  }
  return null;
};

const sampleOddsRatio = (a: number, b: number, c: number, d: number): number | null =>
  b * c === 0 ? null : (a * d) / (b * c);

export const fisherExact = (t: TwoByTwo): FisherExactResult => {
  assertTwoByTwo("fisherExact", t);
  const oddsRatio = sampleOddsRatio(t.selectedA, t.totalA - t.selectedA, t.selectedB, t.totalB - t.selectedB);
  const total = t.totalA + t.totalB;
  const selected = t.selectedA + t.selectedB;
  const notSelected = total - selected;
  const drawn = t.totalA;
  const observed = t.selectedA;
  const lo = Math.max(0, drawn - notSelected);
  const hi = Math.min(selected, drawn);
  const result = (pValue: number, observedProbability: number): FisherExactResult => ({
    status: "ok",
    method: "fisher-exact",
    pValue,
    // P(observed) ≤ pValue, so midP ≥ pValue/2; the max only absorbs rounding in the last bit.
    midP: Math.max(pValue / 2, pValue - 0.5 * observedProbability),
    oddsRatio,
  });
  if (lo === hi) return result(1, 1);

  // P(k+1)/P(k) and P(k−1)/P(k); all factors are exact integers below 2^53 for totals up to ~9e7.
  const up: Ratio = (k) => ((selected - k) * (drawn - k)) / ((k + 1) * (notSelected - drawn + k + 1));
  const down: Ratio = (k) => (k * (notSelected - drawn + k)) / ((selected - k + 1) * (drawn - k + 1));
  const mode = Math.min(hi, Math.max(lo, Math.floor(((drawn + 1) * (selected + 1)) / (total + 2))));

  // Probabilities relative to the mode: P(k)/P(mode) ≤ 1.
  const normalizer = tailSum(mode, lo, -1, down) + (mode < hi ? up(mode) * tailSum(mode + 1, hi, 1, up) : 0);
  // p ≤ (number of tables)·P(observed)·(1 + 1e-7), so once P(observed)/P(mode) is small enough the
  // p-value (and midP) round to exactly 0 in double precision, as in R and scipy; stop walking then.
  const underflowAt = LOG2_UNDERFLOW - Math.log2(2 * (hi - lo + 1));
  const step = observed > mode ? 1 : -1;
  const ratio = step === 1 ? up : down;
  let observedWeight = scaledOne;
  for (let k = mode; k !== observed; k += step) {
    observedWeight = scaledTimes(observedWeight, ratio(k));
    if (observedWeight.exponent >= 2 && scaledLog2(observedWeight) < underflowAt) return result(0, 0);
  }
  const observedProbability = scaledToNumber(scaledTimes(observedWeight, 1 / normalizer));

  const threshold = scaledTimes(observedWeight, RELATIVE_TOLERANCE);
  // The most probable table qualifies only if the observed one is (within tolerance) as probable: then every table counts.
  if (scaledLessOrEqual(scaledOne, threshold)) return result(1, observedProbability);

  let pValue = 0;
  const lower = findBoundary(mode, lo, -1, down, threshold);
  if (lower !== null) {
    const sum = tailSum(lower.k, lo, -1, down);
    pValue += scaledToNumber(scaledTimes(lower.weight, sum / normalizer));
  }
  const upper = findBoundary(mode, hi, 1, up, threshold);
  if (upper !== null) {
    const sum = tailSum(upper.k, hi, 1, up);
    pValue += scaledToNumber(scaledTimes(upper.weight, sum / normalizer));
  }
  return result(Math.min(1, pValue), observedProbability);
};
