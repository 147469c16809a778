import { assertCount } from "./assert-count.ts";
import { chiSquareSf } from "./chi-square-distribution.ts";
import type { Undefined } from "./result.ts";

/**
 * Pearson's chi-square test of independence for an R×C contingency table of counts
 * (e.g. rows = groups, columns = selected / not selected). Expected counts under independence
 * are E_ij = (row total i)·(column total j)/(grand total); the statistic Σ (O − E)²/E is referred
 * to χ² with df = (R − 1)(C − 1). Same as scipy `stats.chi2_contingency(table, correction=yates)`
 * and R `chisq.test(table, correct = yates)`.
 *
 * Yates' (1934) continuity correction is opt-in (default off) and, as in scipy, only applied when
 * df = 1 (a 2×2 table): each |O − E| is reduced by min(0.5, |O − E|), so the correction never
 * flips the sign of a deviation. For larger tables the option is ignored and `method` says so.
 *
 * Undefined, rather than a number, when the table has fewer than 2 rows or columns or a row or
 * column is all zero (its expected counts are 0 and the statistic would divide by zero); callers
 * that want such a table tested drop the empty rows/columns first.
 */
export interface ChiSquareResult {
  readonly status: "ok";
  readonly method: string;
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
}

const sum = (values: readonly number[]): number => values.reduce((acc, value) => acc + value, 0);

export const chiSquareTest = (
  table: readonly (readonly number[])[],
  options?: { yates?: boolean },
): ChiSquareResult | Undefined => {
  const rows = table.length;
  const columns = table[0]?.length ?? 0;
  for (const [i, row] of table.entries()) {
    if (row.length !== columns)
      throw new RangeError("chiSquareTest requires all rows to have the same length");
    for (const [j, value] of row.entries()) assertCount("chiSquareTest", `table[${i}][${j}]`, value);
  }
  if (rows < 2 || columns < 2) {
    return { status: "undefined", reason: "a test of independence needs at least two rows and two columns" };
  }
  const rowTotals = table.map(sum);
  const columnTotals = Array.from({ length: columns }, (_, j) => sum(table.map((row) => row[j]!)));
  const emptyRow = rowTotals.indexOf(0);
  if (emptyRow >= 0) {
    return {
      status: "undefined",
      reason: `row ${emptyRow + 1} is all zero, so its expected counts are zero`,
    };
  }
  const emptyColumn = columnTotals.indexOf(0);
  if (emptyColumn >= 0) {
    return {
      status: "undefined",
      reason: `column ${emptyColumn + 1} is all zero, so its expected counts are zero`,
    };
  }
  const total = sum(rowTotals);
  const df = (rows - 1) * (columns - 1);
  const yates = options?.yates === true && df === 1;
  let statistic = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const expected = (rowTotals[i]! * columnTotals[j]!) / total;
      const deviation = Math.abs(table[i]![j]! - expected);
      const corrected = yates ? deviation - Math.min(0.5, deviation) : deviation;
      statistic += (corrected * corrected) / expected;
    }
  }
  return {
    status: "ok",
    method: yates ? "pearson chi-square (yates)" : "pearson chi-square",
    statistic,
    df,
    pValue: chiSquareSf(statistic, df),
  };
};
