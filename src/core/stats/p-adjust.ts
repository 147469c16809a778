/**
 * Adjusting p-values for multiple comparisons (e.g. one test per protected group), identical to
 * R `p.adjust(p, method = "holm")` and `p.adjust(p, method = "BH")` (and statsmodels
 * `multipletests(method="holm" | "fdr_bh")`). Results are in the input order, monotone in the
 * raw p-values, capped at 1, and tied raw p-values get equal adjusted values (R's cummax/cummin
 * over the sorted values does this whatever order the ties are sorted in).
 *
 * Holm (1979) controls the family-wise error rate (chance of any false positive) under any
 * dependence; Benjamini & Hochberg (1995) control the false discovery rate (expected share of
 * false positives among the rejections) for independent or positively dependent tests.
 */

const check = (fn: string, pValues: readonly number[]): void => {
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`${fn} requires every p-value in [0, 1]`);
  }
};

/** Indices of `pValues` in increasing order of p-value (stable, like R `order`). */
const ascending = (pValues: readonly number[]): number[] =>
  pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]! || i - j);

/** Holm step-down: the i-th smallest (1-based) of m becomes max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎). */
export const holm = (pValues: readonly number[]): number[] => {
  check("holm", pValues);
  const m = pValues.length;
  const adjusted = new Array<number>(m);
  let running = 0;
  for (const [rank, index] of ascending(pValues).entries()) {
    running = Math.max(running, (m - rank) * pValues[index]!);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
};

/** Benjamini–Hochberg step-up: the i-th smallest of m becomes min over j ≥ i of min(1, (m/j)·p₍ⱼ₎). */
export const benjaminiHochberg = (pValues: readonly number[]): number[] => {
  check("benjaminiHochberg", pValues);
  const m = pValues.length;
  const adjusted = new Array<number>(m);
  const order = ascending(pValues);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank]!;
    running = Math.min(running, (m / (rank + 1)) * pValues[index]!);
    adjusted[index] = running;
  }
  return adjusted;
};
