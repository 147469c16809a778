import type { Language } from "../i18n/language.ts";
import { formatValue, inBoth, type LocalizedText } from "./localized-text.ts";
import type { PreparedFeature } from "./prepare-table.ts";

/**
 * A subgroup as a readable rule: a conjunction of simple conditions on the features. The rule is the
 * definition: a row belongs to the group when it meets every condition, in the search half, the
 * held-out half and any later file alike.
 */
export type RuleCondition =
  | { readonly feature: string; readonly op: "<=" | ">="; readonly value: number }
  | { readonly feature: string; readonly op: "between"; readonly low: number; readonly high: number }
  | { readonly feature: string; readonly op: "=" | "!="; readonly value: string }
  | { readonly feature: string; readonly op: "missing" };

export interface SubgroupRule {
  readonly conditions: readonly RuleCondition[];
  readonly text: LocalizedText;
}

function conditionText(c: RuleCondition, language: Language): string {
  const nl = language === "nl";
  switch (c.op) {
    case "<=":
      return `${c.feature} ≤ ${formatValue(language, c.value)}`;
    case ">=":
      return `${c.feature} ≥ ${formatValue(language, c.value)}`;
    case "between":
      return `${c.feature} ${nl ? "tussen" : "between"} ${formatValue(language, c.low)} ${nl ? "en" : "and"} ${formatValue(language, c.high)}`;
    case "=":
      return `${c.feature} = ${c.value}`;
    case "!=":
      return `${c.feature} ≠ ${c.value}`;
    case "missing":
      return `${c.feature} ${nl ? "ontbreekt" : "is missing"}`;
  }
}

/** "gap_months ≥ 12 and hours_per_week ≤ 24" / "gap_months ≥ 12 en hours_per_week ≤ 24". */
export function ruleText(conditions: readonly RuleCondition[]): LocalizedText {
  return inBoth((language) =>
    conditions.map((c) => conditionText(c, language)).join(language === "nl" ? " en " : " and "),
  );
}

export const makeRule = (conditions: readonly RuleCondition[]): SubgroupRule => ({
  conditions,
  text: ruleText(conditions),
});

/** A test of one condition against a row of the table (by its index), for the features of a table. */
export function conditionTest(
  condition: RuleCondition,
  features: readonly PreparedFeature[],
): (row: number) => boolean {
  const feature = features.find((f) => f.name === condition.feature);
  if (!feature) throw new RangeError(`unknown feature ${condition.feature} in a rule`);
  if (feature.kind === "numeric") {
    const v = feature.values;
    switch (condition.op) {
      case "<=":
        return (i) => v[i]! <= condition.value;
      case ">=":
        return (i) => v[i]! >= condition.value;
      case "between":
        return (i) => v[i]! >= condition.low && v[i]! <= condition.high;
      case "missing":
        return (i) => Number.isNaN(v[i]!);
      default:
        throw new RangeError(
          `condition ${condition.op} does not apply to the numeric feature ${feature.name}`,
        );
    }
  }
  const codes = feature.codes;
  switch (condition.op) {
    case "=": {
      const code = feature.levels.indexOf(condition.value);
      return (i) => code >= 0 && codes[i] === code;
    }
    case "!=": {
      const code = feature.levels.indexOf(condition.value);
      return (i) => codes[i] !== -1 && codes[i] !== code;
    }
    case "missing":
      return (i) => codes[i] === -1;
    default:
      throw new RangeError(
        `condition ${condition.op} does not apply to the categorical feature ${feature.name}`,
      );
  }
}

/** Membership of every row of the table (1 = in the group). */
export function ruleMembers(
  rule: { readonly conditions: readonly RuleCondition[] },
  features: readonly PreparedFeature[],
  rows: number,
): Uint8Array {
  const tests = rule.conditions.map((c) => conditionTest(c, features));
  const members = new Uint8Array(rows);
  outer: for (let i = 0; i < rows; i++) {
    for (const t of tests) if (!t(i)) continue outer;
    members[i] = 1;
  }
  return members;
}
