import { describe, expect, it } from "vitest";
import type { WordingFinding } from "./wording-finding.ts";
import { WORDING_RULES, type WordingRuleId } from "./wording-rules.ts";
import { categoryScore, genderCoding, wordingSummary } from "./wording-summary.ts";

const finding = (rule: WordingRuleId, kind: "span" | "missing" = "span"): WordingFinding => {
  const r = WORDING_RULES[rule];
  return {
    id: `${rule}@0`,
    category: r.category,
    rule,
    kind,
    basis: r.basis,
    start: 0,
    end: 0,
    text: "",
    explanation: r.explanation,
    suggestion: r.suggestion,
    replacement: null,
  };
};

describe("scores", () => {
  it("subtract 25 for law, 15 for guidance, and drop to 0 when something is missing", () => {
    expect(categoryScore("age", [finding("age.young"), finding("age.limit")], null)).toBe(50);
    expect(categoryScore("ableist", [finding("ableist.driving-licence")], null)).toBe(85);
    expect(
      categoryScore(
        "age",
        [1, 2, 3, 4, 5].map(() => finding("age.young")),
        null,
      ),
    ).toBe(0);
    expect(categoryScore("salary", [finding("salary.missing", "missing")], null)).toBe(0);
    expect(categoryScore("title", [finding("title.missing-gender-marker", "missing")], null)).toBe(85);
    expect(categoryScore("age", [finding("salary.missing", "missing")], null)).toBe(100);
  });

  it("count gender-coded words by balance and long lists by the items above the limit", () => {
    const m = finding("gender.masculine-coded");
    const f = finding("gender.feminine-coded");
    expect(categoryScore("gender", [m, m, m, f], null)).toBe(80);
    expect(categoryScore("gender", [m, f, f], null)).toBe(100);
    expect(categoryScore("gender", [m, finding("gender.pronoun")], null)).toBe(75);
    expect(categoryScore("requirements", [finding("requirements.too-many")], { items: 12, limit: 8 })).toBe(
      80,
    );
  });

  it("use gender-decoder's thresholds for the coding", () => {
    const m = finding("gender.masculine-coded");
    const f = finding("gender.feminine-coded");
    expect(genderCoding([]).coding).toBe("none");
    expect(genderCoding([m, f]).coding).toBe("neutral");
    expect(genderCoding([f, f, f]).coding).toBe("feminine");
    expect(genderCoding([f, f, f, f]).coding).toBe("strongly-feminine");
    expect(genderCoding([m]).coding).toBe("masculine");
    expect(genderCoding([m, m, m, m]).coding).toBe("strongly-masculine");
  });

  it("summarise every category", () => {
    const s = wordingSummary([finding("age.young")], null);
    expect(Object.keys(s)).toHaveLength(8);
    expect(s.age).toEqual({ count: 1, score: 75 });
    expect(s.gender).toEqual({ count: 0, score: 100 });
  });
});
