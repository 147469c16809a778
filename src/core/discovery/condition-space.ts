import type { FeatureKind } from "./discovery-table.ts";
import { binOf, type NumericBins, quantileBins, roundThreshold } from "./numeric-bins.ts";
import type { PreparedTable } from "./prepare-table.ts";
import type { RuleCondition } from "./subgroup-rule.ts";

/**
 * The simple conditions the subgroup search combines, over the rows of the search half. Each feature
 * is recoded once to small integer codes (a numeric feature's bin, a category's level; the last code
 * is "missing", its own explicit value), so that counting a group by feature value is one pass over
 * its rows, and every threshold of a feature is then a prefix sum of those counts.
 */
export interface SpaceFeature {
  readonly name: string;
  readonly kind: FeatureKind;
  /** The code of each search row. */
  readonly codes: Uint16Array;
  /** Codes 0 … valueCodes − 1 are values; `valueCodes` itself means missing. */
  readonly valueCodes: number;
  readonly bins: NumericBins | null;
  readonly levels: readonly string[] | null;
}

/** le j: codes 0…j; ge j: codes j…last value; eq v / ne v: a level or every other level; missing. */
export type SpaceOp = "le" | "ge" | "eq" | "ne" | "missing";

export interface SpaceCondition {
  readonly id: number;
  readonly feature: number;
  readonly op: SpaceOp;
  readonly code: number;
}

export interface ConditionSpace {
  readonly features: readonly SpaceFeature[];
  readonly conditions: readonly SpaceCondition[];
  /** Where each feature's codes start in a flat histogram, and its code count (values + missing). */
  readonly offsets: Int32Array;
  readonly histogramSize: number;
}

export function buildConditionSpace(
  prepared: PreparedTable,
  searchRows: Int32Array,
  maxBins: number,
): ConditionSpace {
  const m = searchRows.length;
  const features: SpaceFeature[] = [];
  for (const f of prepared.features) {
    const codes = new Uint16Array(m);
    if (f.kind === "numeric") {
      const finite: number[] = [];
      for (const i of searchRows) if (!Number.isNaN(f.values[i]!)) finite.push(f.values[i]!);
      if (finite.length === 0) {
        // Present only in the held-out half: in the search half the feature is "missing" everywhere.
        features.push({ name: f.name, kind: "numeric", codes, valueCodes: 0, bins: null, levels: null });
        continue;
      }
      const bins = quantileBins(Float64Array.from(finite).sort(), maxBins);
      const valueCodes = bins.cuts.length + 1;
      for (let k = 0; k < m; k++) {
        const x = f.values[searchRows[k]!]!;
        codes[k] = Number.isNaN(x) ? valueCodes : binOf(bins, x);
      }
      features.push({ name: f.name, kind: "numeric", codes, valueCodes, bins, levels: null });
    } else {
      const valueCodes = f.levels.length;
      for (let k = 0; k < m; k++) {
        const c = f.codes[searchRows[k]!]!;
        codes[k] = c === -1 ? valueCodes : c;
      }
      features.push({ name: f.name, kind: "categorical", codes, valueCodes, bins: null, levels: f.levels });
    }
  }
  const offsets = new Int32Array(features.length + 1);
  for (const [j, f] of features.entries()) offsets[j + 1] = offsets[j]! + f.valueCodes + 1;

  const conditions: SpaceCondition[] = [];
  const add = (feature: number, op: SpaceOp, code: number) =>
    conditions.push({ id: conditions.length, feature, op, code });
  for (const [j, f] of features.entries()) {
    const present = new Uint8Array(f.valueCodes + 1);
    for (let k = 0; k < m; k++) present[f.codes[k]!] = 1;
    if (f.kind === "numeric") {
      for (let b = 0; b < f.valueCodes - 1; b++) add(j, "le", b);
      for (let b = 1; b < f.valueCodes; b++) add(j, "ge", b);
    } else {
      let levelsPresent = 0;
      for (let v = 0; v < f.valueCodes; v++) levelsPresent += present[v]!;
      for (let v = 0; v < f.valueCodes; v++) {
        if (!present[v]) continue;
        add(j, "eq", v);
        // "not v" only says something new when at least two other levels remain.
        if (levelsPresent >= 3) add(j, "ne", v);
      }
    }
    if (present[f.valueCodes]) add(j, "missing", f.valueCodes);
  }
  return { features, conditions, offsets, histogramSize: offsets[features.length]! };
}

/** Whether a code meets a condition of its feature. */
export function codeMeets(c: SpaceCondition, code: number, valueCodes: number): boolean {
  switch (c.op) {
    case "le":
      return code <= c.code;
    case "ge":
      return code >= c.code && code < valueCodes;
    case "eq":
      return code === c.code;
    case "ne":
      return code !== c.code && code < valueCodes;
    case "missing":
      return code === valueCodes;
  }
}

/**
 * The conditions as a readable rule on values. A bin edge becomes the roundest number between the
 * neighbouring data values (e.g. "≤ 24" rather than "≤ 23.7"), which splits the search rows exactly
 * as the bins do; "≥ a" and "≤ b" on one feature become "between a and b".
 */
export function ruleConditions(space: ConditionSpace, ids: readonly number[]): RuleCondition[] {
  const result: RuleCondition[] = [];
  const byFeature = new Map<number, SpaceCondition[]>();
  for (const id of ids) {
    const c = space.conditions[id]!;
    byFeature.set(c.feature, [...(byFeature.get(c.feature) ?? []), c]);
  }
  for (const [j, cs] of [...byFeature.entries()].sort((a, b) => a[0] - b[0])) {
    const f = space.features[j]!;
    const bounds: { low?: number; high?: number } = {};
    for (const c of cs) {
      if (c.op === "le" || c.op === "ge") {
        const bins = f.bins!;
        if (c.op === "le")
          bounds.high = roundThreshold(bins.max[c.code]!, bins.min[c.code + 1]!, "low", bins.max[c.code]!);
        else bounds.low = roundThreshold(bins.max[c.code - 1]!, bins.min[c.code]!, "high", bins.min[c.code]!);
      } else if (c.op === "missing") result.push({ feature: f.name, op: "missing" });
      else result.push({ feature: f.name, op: c.op === "eq" ? "=" : "!=", value: f.levels![c.code]! });
    }
    if (bounds.low !== undefined && bounds.high !== undefined)
      result.push({ feature: f.name, op: "between", low: bounds.low, high: bounds.high });
    else if (bounds.low !== undefined) result.push({ feature: f.name, op: ">=", value: bounds.low });
    else if (bounds.high !== undefined) result.push({ feature: f.name, op: "<=", value: bounds.high });
  }
  return result;
}
