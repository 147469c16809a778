import { describe, expect, it } from "vitest";
import { composition, compositionLine } from "./group-composition.ts";
import type { CategoricalFeature } from "./prepare-table.ts";

const attribute = (values: readonly (string | null)[]): CategoricalFeature => {
  const levels = [...new Set(values.filter((v): v is string => v !== null))].sort();
  return {
    kind: "categorical",
    name: "gender",
    codes: Int32Array.from(values, (v) => (v === null ? -1 : levels.indexOf(v))),
    levels,
    missing: values.filter((v) => v === null).length,
  };
};

describe("composition", () => {
  it("hides a zero too when the shown counts would give a small one away", () => {
    // Group: 3 women and no men; rest: 40 women, 57 men. Showing "M: 0" would give F = 3 − 0.
    const values = [...Array(3).fill("F"), ...Array(40).fill("F"), ...Array(57).fill("M")];
    const rows = Int32Array.from({ length: 100 }, (_, i) => i);
    const c = composition(attribute(values), (i) => i < 3, rows, 5);
    expect(c.cells.map((x) => [x.value, x.group])).toEqual([
      ["F", null],
      ["M", null],
    ]);
    expect(c.cells[1]?.rest).toEqual({ count: 57, share: 57 / 97 });
  });

  it("counts the group and the rest by value, missing included", () => {
    // Group: rows 0–29 (20 F, 8 M, 2 unknown); rest: rows 30–99 (30 F, 40 M).
    const values = [
      ...Array(20).fill("F"),
      ...Array(8).fill("M"),
      null,
      null,
      ...Array(30).fill("F"),
      ...Array(40).fill("M"),
    ];
    const rows = Int32Array.from({ length: 100 }, (_, i) => i);
    const c = composition(attribute(values), (i) => i < 30, rows, 5);
    expect(c.cells.map((x) => x.value)).toEqual(["F", "M", "missing"]);
    // 2 unknowns would be shown below 5: suppressed, and so is the next smallest (8 M), or 2 = 30 − 20 − 8.
    expect(c.cells[0]?.group).toEqual({ count: 20, share: 20 / 30 });
    expect(c.cells[1]?.group).toBeNull();
    expect(c.cells[2]?.group).toBeNull();
    expect(c.cells[1]?.rest).toEqual({ count: 40, share: 40 / 70 });
    expect(c.test.status).toBe("ok");
    expect(compositionLine(c)?.text).toEqual({
      en: "By gender: F is 66.7% of this group against 42.9% of the rest",
      nl: "Naar gender: F is 66,7% van deze groep tegen 42,9% van de rest",
    });
  });
});
