import { describe, expect, it } from "vitest";
import type { PreparedFeature } from "./prepare-table.ts";
import { makeRule, ruleMembers } from "./subgroup-rule.ts";

const features: PreparedFeature[] = [
  {
    kind: "numeric",
    name: "gap_months",
    values: Float64Array.from([0, 12, 24, Number.NaN, 6.5]),
    missing: 1,
  },
  {
    kind: "categorical",
    name: "education",
    codes: Int32Array.from([0, 1, 2, -1, 1]),
    levels: ["foreign", "nl", "none"],
    missing: 1,
  },
];

describe("subgroup rules", () => {
  it("read as plain words in both languages, Dutch with a decimal comma", () => {
    const rule = makeRule([
      { feature: "gap_months", op: "between", low: 6.5, high: 24 },
      { feature: "education", op: "!=", value: "foreign" },
    ]);
    expect(rule.text).toEqual({
      en: "gap_months between 6.5 and 24 and education ≠ foreign",
      nl: "gap_months tussen 6,5 en 24 en education ≠ foreign",
    });
    expect(makeRule([{ feature: "gap_months", op: "missing" }]).text.nl).toBe("gap_months ontbreekt");
  });

  it("select the rows meeting every condition; a missing value meets only 'missing'", () => {
    const members = (conditions: Parameters<typeof makeRule>[0]) => [
      ...ruleMembers(makeRule(conditions), features, 5),
    ];
    expect(members([{ feature: "gap_months", op: ">=", value: 12 }])).toEqual([0, 1, 1, 0, 0]);
    expect(members([{ feature: "gap_months", op: "<=", value: 12 }])).toEqual([1, 1, 0, 0, 1]);
    expect(members([{ feature: "education", op: "!=", value: "nl" }])).toEqual([1, 0, 1, 0, 0]);
    expect(members([{ feature: "education", op: "missing" }])).toEqual([0, 0, 0, 1, 0]);
    expect(
      members([
        { feature: "gap_months", op: "between", low: 6, high: 20 },
        { feature: "education", op: "=", value: "nl" },
      ]),
    ).toEqual([0, 1, 0, 0, 1]);
  });

  it("refuse a condition that does not fit the feature", () => {
    expect(() => ruleMembers(makeRule([{ feature: "education", op: ">=", value: 1 }]), features, 5)).toThrow(
      RangeError,
    );
    expect(() => ruleMembers(makeRule([{ feature: "age", op: "missing" }]), features, 5)).toThrow(
      "unknown feature age",
    );
  });
});
