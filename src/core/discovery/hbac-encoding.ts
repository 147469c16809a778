import type { PreparedFeature } from "./prepare-table.ts";

/**
 * Mixed features as one numeric matrix for HBAC's k-means. The package refuses mixed data (k-means for
 * numeric, k-modes for categorical) and fails on missing values; here:
 * - a numeric feature is one column; a missing value takes the search half's mean and an extra 0/1
 *   column says it was missing (so "missing" is its own explicit value, as in the subgroup search);
 * - a categorical feature is one 0/1 column per level (the maxLevels most frequent in the search half;
 *   the others share an "other" column), plus a "missing" column when values are missing;
 * - every column is then standardised (z-scores with the search half's mean and population SD), so no
 *   feature dominates the distances by its unit (the package passes raw values to k-means); a
 *   column without spread in the search half is dropped.
 * Built for every row of the table, so held-out rows and rows without an outcome can be routed down
 * the tree.
 */
export interface HbacEncoding {
  /** totalRows × dims, row-major. */
  readonly matrix: Float64Array;
  readonly dims: number;
  /** What each column is, e.g. "hours_per_week", "education=foreign", "commute_km missing". */
  readonly columns: readonly string[];
  /** Categorical features whose rarer levels were grouped under "other". */
  readonly grouped: readonly string[];
}

export const HBAC_MAX_LEVELS = 20;

export function encodeForHbac(
  features: readonly PreparedFeature[],
  totalRows: number,
  searchRows: Int32Array,
  maxLevels = HBAC_MAX_LEVELS,
): HbacEncoding {
  const raw: { name: string; values: Float64Array }[] = [];
  const grouped: string[] = [];
  for (const f of features) {
    if (f.kind === "numeric") {
      let sum = 0;
      let n = 0;
      let missing = false;
      for (const i of searchRows) {
        const v = f.values[i]!;
        if (Number.isNaN(v)) missing = true;
        else {
          sum += v;
          n++;
        }
      }
      const mean = n > 0 ? sum / n : 0;
      raw.push({ name: f.name, values: Float64Array.from(f.values, (v) => (Number.isNaN(v) ? mean : v)) });
      if (missing)
        raw.push({
          name: `${f.name} missing`,
          values: Float64Array.from(f.values, (v) => (Number.isNaN(v) ? 1 : 0)),
        });
      continue;
    }
    const counts = new Array<number>(f.levels.length).fill(0);
    let missing = false;
    for (const i of searchRows) {
      const c = f.codes[i]!;
      if (c === -1) missing = true;
      else counts[c]!++;
    }
    const order = [...counts.keys()]
      .filter((c) => counts[c]! > 0)
      .sort((a, b) => counts[b]! - counts[a]! || a - b);
    const kept = new Set(order.slice(0, maxLevels));
    for (const c of order.slice(0, maxLevels)) {
      raw.push({
        name: `${f.name}=${f.levels[c]}`,
        values: Float64Array.from(f.codes, (x) => (x === c ? 1 : 0)),
      });
    }
    if (order.length > maxLevels) {
      grouped.push(f.name);
      raw.push({
        name: `${f.name}=other`,
        values: Float64Array.from(f.codes, (x) => (x !== -1 && !kept.has(x) ? 1 : 0)),
      });
    }
    if (missing)
      raw.push({ name: `${f.name} missing`, values: Float64Array.from(f.codes, (x) => (x === -1 ? 1 : 0)) });
  }
  const columns: { name: string; values: Float64Array; mean: number; sd: number }[] = [];
  for (const c of raw) {
    let sum = 0;
    for (const i of searchRows) sum += c.values[i]!;
    const mean = sum / searchRows.length;
    let squares = 0;
    for (const i of searchRows) squares += (c.values[i]! - mean) ** 2;
    const sd = Math.sqrt(squares / searchRows.length);
    if (sd > 0) columns.push({ ...c, mean, sd });
  }
  const dims = columns.length;
  const matrix = new Float64Array(totalRows * dims);
  for (const [j, c] of columns.entries()) {
    for (let i = 0; i < totalRows; i++) matrix[i * dims + j] = (c.values[i]! - c.mean) / c.sd;
  }
  return { matrix, dims, columns: columns.map((c) => c.name), grouped };
}
