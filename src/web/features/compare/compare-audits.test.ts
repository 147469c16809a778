import { describe, expect, it } from "vitest";
import { groupRows } from "../../../../test-support/decision-rows.ts";
import { audit } from "../../../core/audit/audit.ts";
import type { DecisionRow } from "../../../core/audit/cells-from-rows.ts";
import { cellsFromRows } from "../../../core/audit/cells-from-rows.ts";
import { compareAudits, inTimeOrder } from "./compare-audits.ts";

const report = (rows: DecisionRow[], protectedAttributes: string[], intersections?: "all") =>
  audit(cellsFromRows(rows, { attributes: protectedAttributes }), {
    protected: protectedAttributes,
    ...(intersections ? { intersections } : {}),
  });

describe("compareAudits", () => {
  const before = report(
    [...groupRows({ gender: "man" }, 100, 50), ...groupRows({ gender: "vrouw" }, 100, 30)],
    ["gender"],
  );
  const after = report(
    [
      ...groupRows({ gender: "man", age: "<30" }, 100, 50),
      ...groupRows({ gender: "vrouw", age: "30+" }, 100, 45),
      ...groupRows({ gender: "x", age: "30+" }, 20, 10),
    ],
    ["gender", "age"],
  );
  const compared = compareAudits(before, after);

  it("matches groups of the same grouping and computes the change from before to after", () => {
    const gender = compared.find((g) => g.attributes.join() === "gender");
    const vrouw = gender?.groups.find((g) => g.group === "vrouw");
    expect(vrouw?.before?.selectionRate).toBeCloseTo(0.3, 12);
    expect(vrouw?.after?.selectionRate).toBeCloseTo(0.45, 12);
    expect(vrouw?.selectionRateChange).toBeCloseTo(0.15, 12);
    expect(vrouw?.before?.impactRatio).toBeCloseTo(0.6, 12);
    expect(vrouw?.after?.impactRatio).toBeCloseTo(0.9, 12);
    expect(vrouw?.impactRatioChange).toBeCloseTo(0.3, 12);
    expect(gender?.referenceBefore).toBe("man");
  });

  it("shows a group or grouping that only one audit has with the other side empty", () => {
    const gender = compared.find((g) => g.attributes.join() === "gender");
    const x = gender?.groups.find((g) => g.group === "x");
    expect(x?.before).toBeNull();
    expect(x?.after?.n).toBe(20);
    expect(x?.selectionRateChange).toBeNull();
    const age = compared.find((g) => g.attributes.join() === "age");
    expect(age?.groups.every((g) => g.before === null)).toBe(true);
    expect(age?.referenceBefore).toBeNull();
  });

  it("gives no impact-ratio change for the reference, which has no impact ratio", () => {
    const man = compared.find((g) => g.attributes.join() === "gender")?.groups.find((g) => g.group === "man");
    expect(man?.after?.isReference).toBe(true);
    expect(man?.impactRatioChange).toBeNull();
    expect(man?.selectionRateChange).toBeCloseTo(0, 12);
  });

  it("matches intersections named in another order", () => {
    const rows = [...groupRows({ a: "1", b: "p" }, 30, 20), ...groupRows({ a: "2", b: "q" }, 30, 10)];
    const one = report(rows, ["a", "b"], "all");
    const other = report(rows, ["b", "a"], "all");
    const both = compareAudits(one, other).filter((g) => g.attributes.length === 2);
    expect(both).toHaveLength(1);
    expect(both[0]?.groups.every((g) => g.before && g.after && g.selectionRateChange === 0)).toBe(true);
  });
});

describe("inTimeOrder", () => {
  it("puts the earlier audit first", () => {
    const early = { id: "e", createdAt: "2025-01-01T10:00:00Z" };
    const late = { id: "l", createdAt: "2025-03-01T10:00:00Z" };
    expect(inTimeOrder(late, early).map((x) => x.id)).toEqual(["e", "l"]);
    expect(inTimeOrder(early, late).map((x) => x.id)).toEqual(["e", "l"]);
  });
});
