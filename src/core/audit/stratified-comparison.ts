import { cochranMantelHaenszel } from "../stats/cochran-mantel-haenszel.ts";
import { oddsRatio } from "../stats/odds-ratio.ts";
import type { StratifiedComparison } from "./audit-report.ts";
import { figure, undefinedFigure } from "./figure.ts";
import type { Counts } from "./group-tally.ts";

/**
 * The group against the reference within each requisition (vacancy), pooled with the
 * Cochran–Mantel–Haenszel test (no continuity correction, as audit-AI and adverse-impact practice).
 * When the pooled table and the stratified common odds ratio point in opposite directions, the
 * overall picture is a Simpson's paradox: the requisitions differ in selectivity and in who applies.
 */
export function stratifiedComparison(
  group: ReadonlyMap<string, Counts>,
  reference: ReadonlyMap<string, Counts>,
): StratifiedComparison {
  const strata = [...new Set([...group.keys(), ...reference.keys()])].sort().map((r) => {
    const a = group.get(r) ?? { n: 0, selected: 0 };
    const b = reference.get(r) ?? { n: 0, selected: 0 };
    return { selectedA: a.selected, totalA: a.n, selectedB: b.selected, totalB: b.n };
  });
  const pooled = strata.reduce(
    (s, t) => ({
      selectedA: s.selectedA + t.selectedA,
      totalA: s.totalA + t.totalA,
      selectedB: s.selectedB + t.selectedB,
      totalB: s.totalB + t.totalB,
    }),
    { selectedA: 0, totalA: 0, selectedB: 0, totalB: 0 },
  );
  const pooledOr = oddsRatio(pooled);
  const cmh = cochranMantelHaenszel(strata);
  const pooledOddsRatio =
    pooledOr.status === "ok" ? figure(pooledOr.value) : undefinedFigure(pooledOr.reason);
  if (cmh.status !== "ok")
    return { method: "cochran-mantel-haenszel", result: cmh, pooledOddsRatio, simpson: false };
  const common = cmh.commonOddsRatio;
  const simpson =
    pooledOr.status === "ok" &&
    common !== null &&
    Math.sign(Math.log(pooledOr.value)) * Math.sign(Math.log(common)) < 0;
  return {
    method: "cochran-mantel-haenszel",
    result: {
      status: "ok",
      statistic: cmh.statistic,
      pValue: cmh.pValue,
      commonOddsRatio: common === null ? undefinedFigure("zero cells in every stratum") : figure(common),
      strataUsed: cmh.strataUsed,
    },
    pooledOddsRatio,
    simpson,
  };
}
