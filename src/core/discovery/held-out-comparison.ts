import { type Figure, figure, undefinedFigure } from "../audit/figure.ts";
import { cohensH } from "../stats/cohens-h.ts";
import { fisherExact } from "../stats/fisher-exact.ts";
import { newcombeDifferenceInterval } from "../stats/newcombe-difference-interval.ts";
import type { Interval, Undefined } from "../stats/result.ts";
import { standardizedMeanDifference } from "../stats/standardized-mean-difference.ts";
import { studentTQuantile } from "../stats/student-t-distribution.ts";
import { twoProportionZTest } from "../stats/two-proportion-z-test.ts";
import { welchTTest } from "../stats/welch-t-test.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import type { EffectSize, GroupTest } from "./discovery-result.ts";

/**
 * One group against the rest on a set of rows (the held-out half): means with intervals, the
 * difference with its interval, a two-sided test and an effect size.
 * - Rates (decisions, errors): Wilson intervals, Newcombe's interval for the difference, the pooled
 *   two-proportion z-test, or Fisher's exact test when an expected count is below 5 (Cochran's rule),
 *   and Cohen's h.
 * - Scores: t intervals for the means, Welch's test and interval for the difference, and Cohen's d.
 * Fewer than minGroup people on either side: every figure is undefined (privacy, and no test is
 * meaningful there).
 */
export interface Comparison {
  readonly size: number;
  readonly restSize: number;
  readonly outcomeMean: Figure;
  readonly restMean: Figure;
  readonly difference: Figure;
  readonly effectSize: EffectSize | Undefined;
  readonly test: GroupTest | Undefined;
}

/** Count, sum and sum of squares of the outcome in and outside the group over the given rows. */
function tally(y: Float64Array, inGroup: (row: number) => boolean, rows: Int32Array) {
  const g = { n: 0, sum: 0, squares: 0 };
  const r = { n: 0, sum: 0, squares: 0 };
  for (const i of rows) {
    const t = inGroup(i) ? g : r;
    const v = y[i]!;
    t.n++;
    t.sum += v;
    t.squares += v * v;
  }
  return { g, r };
}

const summary = (t: { n: number; sum: number; squares: number }) => {
  const mean = t.sum / t.n;
  const variance = t.n > 1 ? Math.max(0, (t.squares - t.n * mean * mean) / (t.n - 1)) : 0;
  return { n: t.n, mean, variance };
};

function meanInterval(s: { n: number; mean: number; variance: number }, level: number): Interval | Undefined {
  if (s.n < 2) return { status: "undefined", reason: "a mean's interval needs at least two values" };
  const h = studentTQuantile(1 - (1 - level) / 2, s.n - 1) * Math.sqrt(s.variance / s.n);
  return { status: "ok", lower: s.mean - h, upper: s.mean + h, level, method: "student-t" };
}

/** Pooled-rate expected counts of the 2×2 table; Fisher when any is below 5. */
export function rateTest(a: number, nA: number, b: number, nB: number): GroupTest | Undefined {
  const table = { selectedA: a, totalA: nA, selectedB: b, totalB: nB };
  const p = (a + b) / (nA + nB);
  const smallest = Math.min(nA * p, nA * (1 - p), nB * p, nB * (1 - p));
  if (smallest < 5) {
    const f = fisherExact(table);
    return { status: "ok", method: f.method, statistic: null, pValue: f.pValue };
  }
  const z = twoProportionZTest(table);
  if (z.status === "undefined") return z;
  return { status: "ok", method: z.method, statistic: z.statistic, pValue: z.pValue };
}

export function compareGroup(
  y: Float64Array,
  inGroup: (row: number) => boolean,
  rows: Int32Array,
  settings: { readonly binary: boolean; readonly level: number; readonly minGroup: number },
): Comparison {
  const { g, r } = tally(y, inGroup, rows);
  const { level, minGroup } = settings;
  if (g.n < minGroup || r.n < minGroup) {
    const reason =
      g.n < minGroup
        ? `fewer than ${minGroup} people of this group in the held-out half`
        : `fewer than ${minGroup} people outside this group in the held-out half`;
    const u = undefinedFigure(reason);
    return {
      size: g.n,
      restSize: r.n,
      outcomeMean: u,
      restMean: u,
      difference: u,
      effectSize: { status: "undefined", reason },
      test: { status: "undefined", reason },
    };
  }
  if (settings.binary) {
    const [a, b] = [Math.round(g.sum), Math.round(r.sum)];
    const ci = newcombeDifferenceInterval(
      { selectedA: a, totalA: g.n, selectedB: b, totalB: r.n },
      { level },
    );
    return {
      size: g.n,
      restSize: r.n,
      outcomeMean: figure(a / g.n, wilsonInterval(a, g.n, { level })),
      restMean: figure(b / r.n, wilsonInterval(b, r.n, { level })),
      difference: figure(a / g.n - b / r.n, ci),
      effectSize: { status: "ok", method: "cohens-h", value: cohensH(a / g.n, b / r.n), ci: null },
      test: rateTest(a, g.n, b, r.n),
    };
  }
  const sg = summary(g);
  const sr = summary(r);
  const welch = welchTTest(sg, sr, { level });
  const smd = standardizedMeanDifference(sg, sr, { level });
  return {
    size: g.n,
    restSize: r.n,
    outcomeMean: figure(sg.mean, meanInterval(sg, level)),
    restMean: figure(sr.mean, meanInterval(sr, level)),
    difference: figure(sg.mean - sr.mean, welch.status === "ok" ? welch.ci : welch),
    effectSize:
      smd.status === "ok" ? { status: "ok", method: "cohens-d", value: smd.value, ci: smd.ci } : smd,
    test:
      welch.status === "ok"
        ? { status: "ok", method: welch.method, statistic: welch.statistic, pValue: welch.pValue }
        : welch,
  };
}
