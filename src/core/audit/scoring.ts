import { katzRatioInterval } from "../stats/katz-ratio-interval.ts";
import { standardizedMeanDifference } from "../stats/standardized-mean-difference.ts";
import type { CutPoint, GroupKey, ScoringResult } from "./audit-report.ts";
import type { ScoreSummary, ScoreSums } from "./decision-cells.ts";
import { type Figure, figure, undefinedFigure } from "./figure.ts";

/**
 * LL144's scoring rate: the share of a group scoring strictly above the median of the full sample
 * (every row with a score, unknown demographics included; § 5-301(c)). Undefined below the minimum
 * number of scored candidates.
 */
export function scoringRate(sums: ScoreSums | undefined, minGroup: number): Figure {
  if (!sums || sums.scored === 0) return undefinedFigure("no candidates with a score");
  if (sums.scored < minGroup) return undefinedFigure(`fewer than ${minGroup} candidates with a score`);
  return figure(sums.aboveMedian / sums.scored);
}

export function scoringResult(
  sums: ScoreSums | undefined,
  reference: ScoreSums | undefined,
  summary: ScoreSummary,
  options: { readonly minGroup: number; readonly level: number; readonly isReference: boolean },
): ScoringResult {
  const rate = scoringRate(sums, options.minGroup);
  const scored = sums?.scored ?? 0;
  const mean =
    sums && scored >= options.minGroup
      ? figure(summary.center + sums.sum / scored)
      : undefinedFigure(`fewer than ${options.minGroup} candidates with a score`);
  if (options.isReference || !reference || !sums) {
    const reason = options.isReference ? "this is the reference group" : "no scoring reference group";
    return {
      scored,
      scoringRate: rate,
      scoringImpactRatio: undefinedFigure(reason),
      meanScore: mean,
      standardizedMeanDifference: undefinedFigure(reason),
    };
  }
  return {
    scored,
    scoringRate: rate,
    scoringImpactRatio: scoringImpactRatio(sums, reference, options),
    meanScore: mean,
    standardizedMeanDifference: smd(sums, reference, options),
  };
}

function scoringImpactRatio(
  sums: ScoreSums,
  reference: ScoreSums,
  options: { minGroup: number; level: number },
) {
  const own = scoringRate(sums, options.minGroup);
  const ref = scoringRate(reference, options.minGroup);
  if (own.status !== "ok") return undefinedFigure(own.reason);
  if (ref.status !== "ok") return undefinedFigure(`reference: ${ref.reason}`);
  if (ref.value === 0) return undefinedFigure("the reference group has no candidates above the median");
  const table = {
    selectedA: sums.aboveMedian,
    totalA: sums.scored,
    selectedB: reference.aboveMedian,
    totalB: reference.scored,
  };
  return figure(own.value / ref.value, katzRatioInterval(table, { level: options.level }));
}

function smd(sums: ScoreSums, reference: ScoreSums, options: { minGroup: number; level: number }): Figure {
  if (sums.scored < options.minGroup || reference.scored < options.minGroup) {
    return undefinedFigure(`fewer than ${options.minGroup} candidates with a score`);
  }
  const result = standardizedMeanDifference(moments(sums), moments(reference), { level: options.level });
  return result.status === "ok" ? figure(result.value, result.ci) : undefinedFigure(result.reason);
}

/** Mean and sample variance from centred sums (the centre cancels in the difference of means). */
function moments(s: ScoreSums): { n: number; mean: number; variance: number } {
  const mean = s.sum / s.scored;
  const variance = s.scored > 1 ? Math.max(0, (s.sumSquares - s.sum * mean) / (s.scored - 1)) : 0;
  return { n: s.scored, mean, variance };
}

/**
 * The impact-ratio curve over cut scores: at each cut, every shown group's share strictly above it and
 * its ratio to the highest such share. Shows where a cut-off starts to create adverse impact.
 */
export function cutCurve(
  groups: readonly { readonly key: GroupKey; readonly sums: ScoreSums | undefined }[],
  summary: ScoreSummary,
  minGroup: number,
): CutPoint[] {
  return summary.cuts.map((cut, k) => {
    const rates = groups.map((g) => {
      const scored = g.sums?.scored ?? 0;
      const rate =
        scored >= minGroup && g.sums
          ? figure((g.sums.aboveCuts[k] ?? 0) / scored)
          : undefinedFigure(`fewer than ${minGroup} candidates with a score`);
      return { key: g.key, rate };
    });
    const best = Math.max(0, ...rates.map((r) => (r.rate.status === "ok" ? r.rate.value : 0)));
    const withRatios = rates.map((r) => ({
      ...r,
      impactRatio:
        r.rate.status !== "ok"
          ? undefinedFigure(r.rate.reason)
          : best === 0
            ? undefinedFigure("no group has candidates above this cut")
            : figure(r.rate.value / best),
    }));
    const ratios = withRatios.flatMap((r) => (r.impactRatio.status === "ok" ? [r.impactRatio.value] : []));
    return {
      cut,
      minImpactRatio:
        ratios.length > 0 ? figure(Math.min(...ratios)) : undefinedFigure("no group to compare"),
      groups: withRatios,
    };
  });
}
