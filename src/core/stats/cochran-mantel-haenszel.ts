import { assertTwoByTwo } from "./assert-two-by-two.ts";
import { chiSquareSf } from "./chi-square-distribution.ts";
import type { TwoByTwo, Undefined } from "./result.ts";

/**
 * Cochran–Mantel–Haenszel test: is selection associated with group membership after
 * stratifying (e.g. by job, site or period) a series of 2×2 tables? Cochran (1954), Mantel &
 * Haenszel (1959). In stratum s with a = selectedA, b = totalA − a, c = selectedB,
 * d = totalB − c, T = totalA + totalB, m1 = a + c (selected), m0 = b + d (not selected):
 *   E(a) = totalA·m1/T,   Var(a) = totalA·totalB·m1·m0 / (T²(T − 1))   (hypergeometric),
 *   χ²_MH = (Σ a − Σ E(a))² / Σ Var(a),   referred to χ² with 1 df.
 * No continuity correction, deliberately: this is the statistic of pymetrics audit-AI `cmh_test`
 * and of R `mantelhaen.test(x, correct = FALSE)`; R's default subtracts ½ from |Σa − ΣE(a)|.
 *
 * commonOddsRatio is the Mantel–Haenszel estimate Σ(a·d/T) / Σ(b·c/T) of the odds ratio of
 * selection, A versus B, shared by all strata; null when the denominator is 0.
 *
 * Strata where either group total is 0 carry no information (only one table is possible) and
 * are skipped; strataUsed counts the others.
 */
export interface CmhResult {
  readonly status: "ok";
  readonly method: "cochran-mantel-haenszel";
  readonly statistic: number;
  readonly df: 1;
  readonly pValue: number;
  readonly commonOddsRatio: number | null;
  readonly strataUsed: number;
}

export const cochranMantelHaenszel = (strata: readonly TwoByTwo[]): CmhResult | Undefined => {
  for (const stratum of strata) assertTwoByTwo("cochranMantelHaenszel", stratum);
  let observed = 0;
  let expected = 0;
  let variance = 0;
  let numerator = 0;
  let denominator = 0;
  let strataUsed = 0;
  for (const { selectedA: a, totalA, selectedB: c, totalB } of strata) {
    if (totalA === 0 || totalB === 0) continue;
    strataUsed += 1;
    const b = totalA - a;
    const d = totalB - c;
    const total = totalA + totalB;
    const selected = a + c;
    const notSelected = b + d;
    observed += a;
    expected += (totalA * selected) / total;
    variance += (totalA * totalB * selected * notSelected) / (total * total * (total - 1));
    numerator += (a * d) / total;
    denominator += (b * c) / total;
  }
  if (strataUsed === 0) {
    return {
      status: "undefined",
      reason: "no stratum has members in both groups, so there is nothing to compare",
    };
  }
  if (variance === 0) {
    return {
      status: "undefined",
      reason: "in every stratum either everyone or no one was selected, so there is no variation to test",
    };
  }
  const deviation = observed - expected;
  const statistic = (deviation * deviation) / variance;
  return {
    status: "ok",
    method: "cochran-mantel-haenszel",
    statistic,
    df: 1,
    pValue: chiSquareSf(statistic, 1),
    commonOddsRatio: denominator === 0 ? null : numerator / denominator,
    strataUsed,
  };
};
