import { type Figure, figure, undefinedFigure } from "../audit/figure.ts";
import { katzRatioInterval } from "../stats/katz-ratio-interval.ts";
import { binOf, quantileBins } from "./numeric-bins.ts";
import type { CategoricalFeature, PreparedFeature } from "./prepare-table.ts";

/**
 * The outcome gap between the groups of a protected attribute, and how much of it remains when people
 * with the same value of a feature are compared (see proxy-check.ts for the definitions).
 */

/** Quantile bins of a numeric feature, for the tables and the strata. */
export const PROXY_BINS = 5;
/** Strata holding both compared groups must cover at least this share of their rows. */
export const MIN_STRATIFIED_COVERAGE = 0.5;

export interface GroupRate {
  readonly value: string;
  readonly n: number;
  readonly rate: number;
}

export interface AttributeGap {
  readonly attribute: string;
  readonly groups: readonly GroupRate[];
  /** The group with the lowest and the highest rate. */
  readonly lowest: string | null;
  readonly highest: string | null;
  /** Lowest rate over highest, with Katz's interval. */
  readonly impactRatio: Figure;
  readonly rowsWithoutValue: number;
}

/** Codes 0 … count − 1 per row of the table (the last code = missing), for the tables and strata. */
export function featureStrata(f: PreparedFeature, rows: Int32Array): { codes: Int32Array; count: number } {
  if (f.kind === "categorical") {
    const count = f.levels.length + 1;
    return { codes: Int32Array.from(f.codes, (c) => (c === -1 ? count - 1 : c)), count };
  }
  const finite: number[] = [];
  for (const i of rows) if (!Number.isNaN(f.values[i]!)) finite.push(f.values[i]!);
  if (finite.length === 0) return { codes: new Int32Array(f.values.length), count: 1 };
  const bins = quantileBins(Float64Array.from(finite).sort(), PROXY_BINS);
  const count = bins.cuts.length + 2;
  return { codes: Int32Array.from(f.values, (v) => (Number.isNaN(v) ? count - 1 : binOf(bins, v))), count };
}

export function attributeGap(
  attribute: CategoricalFeature,
  favourable: Uint8Array,
  rows: Int32Array,
  minGroup: number,
): AttributeGap & { lowestCode: number; highestCode: number } {
  const n = new Array<number>(attribute.levels.length).fill(0);
  const yes = new Array<number>(attribute.levels.length).fill(0);
  let without = 0;
  for (const i of rows) {
    const c = attribute.codes[i]!;
    if (c === -1) {
      without++;
      continue;
    }
    n[c]!++;
    yes[c]! += favourable[i]!;
  }
  const groups = attribute.levels
    .map((value, c) => ({ value, n: n[c]!, rate: n[c]! > 0 ? yes[c]! / n[c]! : 0, code: c }))
    .filter((g) => g.n > 0);
  const compared = groups.filter((g) => g.n >= minGroup);
  const base = {
    attribute: attribute.name,
    groups: groups.map(({ code: _, ...g }) => g),
    rowsWithoutValue: without,
  };
  if (compared.length < 2) {
    return {
      ...base,
      lowest: null,
      highest: null,
      lowestCode: -1,
      highestCode: -1,
      impactRatio: undefinedFigure(
        `fewer than two groups of ${attribute.name} have at least ${minGroup} rows`,
      ),
    };
  }
  let low = compared[0]!;
  let high = compared[0]!;
  for (const g of compared) {
    if (g.rate < low.rate) low = g;
    if (g.rate > high.rate) high = g;
  }
  const table = { selectedA: yes[low.code]!, totalA: low.n, selectedB: yes[high.code]!, totalB: high.n };
  return {
    ...base,
    lowest: low.value,
    highest: high.value,
    lowestCode: low.code,
    highestCode: high.code,
    impactRatio:
      high.rate === 0
        ? undefinedFigure("no group has the outcome, so there is no ratio")
        : figure(low.rate / high.rate, katzRatioInterval(table)),
  };
}

/** Mantel–Haenszel risk ratio of group A (lowest) against B (highest) over the feature's strata. */
export function stratifiedRatio(
  strata: { codes: Int32Array; count: number },
  attribute: CategoricalFeature,
  gap: { lowestCode: number; highestCode: number },
  favourable: Uint8Array,
  rows: Int32Array,
): Figure {
  const a = new Float64Array(strata.count);
  const nA = new Float64Array(strata.count);
  const c = new Float64Array(strata.count);
  const nB = new Float64Array(strata.count);
  let compared = 0;
  for (const i of rows) {
    const g = attribute.codes[i];
    if (g !== gap.lowestCode && g !== gap.highestCode) continue;
    compared++;
    const s = strata.codes[i]!;
    if (g === gap.lowestCode) {
      nA[s]!++;
      a[s]! += favourable[i]!;
    } else {
      nB[s]!++;
      c[s]! += favourable[i]!;
    }
  }
  let numerator = 0;
  let denominator = 0;
  let covered = 0;
  for (let s = 0; s < strata.count; s++) {
    if (nA[s] === 0 || nB[s] === 0) continue;
    const total = nA[s]! + nB[s]!;
    covered += total;
    numerator += (a[s]! * nB[s]!) / total;
    denominator += (c[s]! * nA[s]!) / total;
  }
  if (covered < MIN_STRATIFIED_COVERAGE * compared) {
    return undefinedFigure(
      "the feature separates the two groups almost completely: too few people share a value with someone of the other group to compare like with like",
    );
  }
  if (denominator === 0)
    return undefinedFigure("no one in the group with the highest rate has the outcome within the strata");
  return figure(numerator / denominator);
}

export function gapShareOf(impactRatio: Figure, stratified: Figure): Figure {
  if (impactRatio.status !== "ok") return undefinedFigure(`there is no impact ratio: ${impactRatio.reason}`);
  const gap = Math.abs(1 - impactRatio.value);
  if (gap < 1e-12) return undefinedFigure("the impact ratio is 1: there is no gap to explain");
  if (stratified.status !== "ok") return undefinedFigure(stratified.reason);
  return figure(Math.min(1, Math.max(0, (gap - Math.abs(1 - stratified.value)) / gap)));
}
