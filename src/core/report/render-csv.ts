import type { Figure } from "../audit/figure.ts";
import type { AuditDocument } from "./audit-document.ts";
import { csvCell } from "./csv-cell.ts";

const COLUMNS = [
  "grouping",
  "group",
  "status",
  "reason",
  "is_reference",
  "n",
  "selected",
  "selection_rate",
  "selection_rate_ci_lower",
  "selection_rate_ci_upper",
  "impact_ratio",
  "impact_ratio_ci_lower",
  "impact_ratio_ci_upper",
  "below_four_fifths",
  "fisher_p",
  "fisher_mid_p",
  "z",
  "z_p",
  "chi_square",
  "chi_square_p",
  "chi_square_yates_p",
  "p_holm",
  "p_bh",
  "significant",
  "shortfall_expected",
  "shortfall",
  "one_person_flips",
  "odds_ratio",
  "cohens_h",
  "scoring_rate",
  "scoring_impact_ratio",
  "smd",
  "smd_ci_lower",
  "smd_ci_upper",
  "gap_stage",
  "cmh_p",
  "simpson",
] as const;

/**
 * One row per group per grouping, machine-readable: a decimal point, empty cells for undefined or
 * suppressed figures (the reason is in the `reason` column and the JSON report).
 */
export function renderCsv(doc: AuditDocument): string {
  const lines = [COLUMNS.join(",")];
  for (const grouping of doc.groupings) {
    for (const g of grouping.groups) {
      const v = (f: Figure | null | undefined) => (f && f.status === "ok" ? f.value : "");
      const ci = (f: Figure | null | undefined, side: "lower" | "upper") =>
        f && f.status === "ok" && f.ci && f.ci.status === "ok" ? f.ci[side] : "";
      const row: Record<(typeof COLUMNS)[number], unknown> = {
        grouping: grouping.attributes.join(" x "),
        group: Object.values(g.key).join(" x "),
        status: g.status,
        reason: g.reason ?? "",
        is_reference: g.isReference,
        n: g.n ?? "",
        selected: g.selected ?? "",
        selection_rate: v(g.selectionRate),
        selection_rate_ci_lower: ci(g.selectionRate, "lower"),
        selection_rate_ci_upper: ci(g.selectionRate, "upper"),
        impact_ratio: v(g.impactRatio),
        impact_ratio_ci_lower: ci(g.impactRatio, "lower"),
        impact_ratio_ci_upper: ci(g.impactRatio, "upper"),
        below_four_fifths: g.belowFourFifths ?? "",
        fisher_p: g.fisher?.status === "ok" ? g.fisher.pValue : "",
        fisher_mid_p: g.fisher?.status === "ok" ? g.fisher.midP : "",
        z: g.zTest?.status === "ok" ? (g.zTest.statistic ?? "") : "",
        z_p: g.zTest?.status === "ok" ? g.zTest.pValue : "",
        chi_square: g.chiSquare?.status === "ok" ? (g.chiSquare.statistic ?? "") : "",
        chi_square_p: g.chiSquare?.status === "ok" ? g.chiSquare.pValue : "",
        chi_square_yates_p: g.chiSquare?.status === "ok" ? g.chiSquare.yatesPValue : "",
        p_holm: g.pAdjusted?.holm ?? "",
        p_bh: g.pAdjusted?.bh ?? "",
        significant: g.significant ?? "",
        shortfall_expected: g.shortfall?.expected ?? "",
        shortfall: g.shortfall?.value ?? "",
        one_person_flips: g.onePersonFlips ?? "",
        odds_ratio: v(g.oddsRatio),
        cohens_h: g.cohensH ?? "",
        scoring_rate: v(g.scoringRate),
        scoring_impact_ratio: v(g.scoringImpactRatio),
        smd: v(g.scoring?.standardizedMeanDifference),
        smd_ci_lower: ci(g.scoring?.standardizedMeanDifference, "lower"),
        smd_ci_upper: ci(g.scoring?.standardizedMeanDifference, "upper"),
        gap_stage: g.gapStage ?? "",
        cmh_p: g.stratified?.result.status === "ok" ? g.stratified.result.pValue : "",
        simpson: g.stratified ? g.stratified.simpson : "",
      };
      lines.push(COLUMNS.map((c) => csvCell(row[c])).join(","));
    }
  }
  return `${lines.join("\n")}\n`;
}
