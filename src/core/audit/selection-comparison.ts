import { chiSquareTest } from "../stats/chi-square-test.ts";
import { cohensH } from "../stats/cohens-h.ts";
import { fisherExact } from "../stats/fisher-exact.ts";
import { katzRatioInterval } from "../stats/katz-ratio-interval.ts";
import { oddsRatio } from "../stats/odds-ratio.ts";
import type { TwoByTwo } from "../stats/result.ts";
import { twoProportionZTest } from "../stats/two-proportion-z-test.ts";
import { FOUR_FIFTHS } from "./audit-options.ts";
import type { SelectionComparison } from "./audit-report.ts";
import { type Figure, figure, undefinedFigure } from "./figure.ts";
import type { Counts } from "./group-tally.ts";

export type UnadjustedComparison = Omit<SelectionComparison, "pAdjusted" | "significant">;

/**
 * The adverse-impact battery for one group against the reference group (UGESP, OFCCP practice,
 * LL144): impact ratio with a Katz log interval, the four-fifths flag, Fisher's exact test (and
 * mid-p), the pooled two-proportion z-test ("two standard deviations"), chi-square with and without
 * Yates, shortfall, the one-person flip, the odds ratio and Cohen's h.
 */
export function compareSelection(
  group: Counts,
  reference: Counts,
  pool: Counts,
  options: { readonly level: number },
): UnadjustedComparison {
  const table: TwoByTwo = {
    selectedA: group.selected,
    totalA: group.n,
    selectedB: reference.selected,
    totalB: reference.n,
  };
  const rate = group.selected / group.n;
  const referenceRate = reference.selected / reference.n;
  const impactRatio = impactRatioFigure(table, options.level);
  const fisher = fisherExact(table);
  const chi = chiSquareTest(
    [
      [group.selected, group.n - group.selected],
      [reference.selected, reference.n - reference.selected],
    ],
    { yates: false },
  );
  const chiYates = chiSquareTest(
    [
      [group.selected, group.n - group.selected],
      [reference.selected, reference.n - reference.selected],
    ],
    { yates: true },
  );
  const expected = (group.n * pool.selected) / pool.n;
  const or = oddsRatio(table);
  return {
    impactRatio,
    belowFourFifths: impactRatio.status === "ok" ? impactRatio.value < FOUR_FIFTHS : null,
    fisher: { status: "ok", pValue: fisher.pValue, midP: fisher.midP },
    zTest: twoProportionZTest(table),
    chiSquare:
      chi.status === "ok" && chiYates.status === "ok"
        ? {
            status: "ok",
            method: "chi-square (2×2, df 1)",
            statistic: chi.statistic,
            df: chi.df,
            pValue: chi.pValue,
            yatesPValue: chiYates.pValue,
          }
        : chi.status === "undefined"
          ? chi
          : { status: "undefined", reason: "chi-square undefined for this table" },
    shortfall: { expected, actual: group.selected, value: expected - group.selected },
    onePersonFlips: onePersonFlips(group, referenceRate),
    oddsRatio: or.status === "ok" ? figure(or.value) : undefinedFigure(or.reason),
    cohensH: cohensH(rate, referenceRate),
  };
}

/** Impact ratio = selection rate of the group / selection rate of the reference, with a Katz CI. */
export function impactRatioFigure(table: TwoByTwo, level: number): Figure {
  if (table.totalA === 0 || table.totalB === 0) return undefinedFigure("a group has no candidates");
  if (table.selectedB === 0) {
    return undefinedFigure("the reference group has no selections, so no ratio to it exists");
  }
  const value = table.selectedA / table.totalA / (table.selectedB / table.totalB);
  return figure(value, katzRatioInterval(table, { level }));
}

function onePersonFlips(group: Counts, referenceRate: number): boolean | null {
  if (referenceRate === 0) return null;
  const ratio = (selected: number) => selected / group.n / referenceRate;
  if (ratio(group.selected) < FOUR_FIFTHS) {
    return group.selected < group.n && ratio(group.selected + 1) >= FOUR_FIFTHS;
  }
  return group.selected > 0 && ratio(group.selected - 1) < FOUR_FIFTHS;
}
