import { DiscoveryError } from "./discovery-error.ts";
import type { DiscoveryTable } from "./discovery-table.ts";
import { categoryOf, isMissing, parseNumber } from "./feature-kind.ts";

/** A feature encoded column-wise over every row of the table, once, for both methods and the proxy check. */
export interface NumericFeature {
  readonly kind: "numeric";
  readonly name: string;
  /** One value per row of the table; NaN where missing. */
  readonly values: Float64Array;
  readonly missing: number;
}

export interface CategoricalFeature {
  readonly kind: "categorical";
  readonly name: string;
  /** Index into `levels` per row of the table; −1 where missing. */
  readonly codes: Int32Array;
  /** The distinct values, sorted, so the result does not depend on the order of the rows. */
  readonly levels: readonly string[];
  readonly missing: number;
}

export type PreparedFeature = NumericFeature | CategoricalFeature;

export function encodeNumeric(name: string, rows: DiscoveryTable["rows"], used: Int32Array): NumericFeature {
  const values = new Float64Array(rows.length);
  let missing = 0;
  const usedSet = new Uint8Array(rows.length);
  for (const i of used) usedSet[i] = 1;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i]![name];
    if (isMissing(v)) {
      values[i] = Number.NaN;
      if (usedSet[i]) missing++;
      continue;
    }
    const x = parseNumber(v);
    if (x === null) {
      throw new DiscoveryError(
        "invalid-number",
        { column: name, row: i + 1, value: String(v) },
        `row ${i + 1}: the numeric feature ${name} holds "${String(v)}", which is not a number`,
      );
    }
    values[i] = x;
  }
  return { kind: "numeric", name, values, missing };
}

export function encodeCategorical(
  name: string,
  rows: DiscoveryTable["rows"],
  used: Int32Array,
): CategoricalFeature {
  const index = new Map<string, number>();
  const raw = new Array<string | null>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i]![name];
    const s = isMissing(v) ? null : categoryOf(v);
    raw[i] = s;
    if (s !== null && !index.has(s)) index.set(s, 0);
  }
  const levels = [...index.keys()].sort();
  for (const [k, level] of levels.entries()) index.set(level, k);
  const codes = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const s = raw[i];
    codes[i] = s === null || s === undefined ? -1 : index.get(s)!;
  }
  let missing = 0;
  for (const i of used) if (codes[i] === -1) missing++;
  return { kind: "categorical", name, codes, levels, missing };
}

/** A numeric feature with two values as a categorical one, the levels written as numbers ("0", "1"). */
export function twoValued(feature: NumericFeature, used: Int32Array): CategoricalFeature {
  const levels = [...distinctValues(feature, used, 3)].sort((a, b) => a - b);
  const codes = Int32Array.from(feature.values, (v) => (Number.isNaN(v) ? -1 : levels.indexOf(v)));
  return {
    kind: "categorical",
    name: feature.name,
    codes,
    levels: levels.map(String),
    missing: feature.missing,
  };
}

/** Distinct non-missing values among the used rows, counted up to `limit`. */
export function distinctValues(feature: PreparedFeature, used: Int32Array, limit: number): Set<number> {
  const seen = new Set<number>();
  for (const i of used) {
    const v = feature.kind === "numeric" ? feature.values[i]! : feature.codes[i]!;
    if (feature.kind === "numeric" ? Number.isNaN(v) : v === -1) continue;
    seen.add(v);
    if (seen.size >= limit) break;
  }
  return seen;
}
