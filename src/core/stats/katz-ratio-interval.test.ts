import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { swapGroups, twoByTwoArbitrary } from "../../../test-support/two-by-two-arbitrary.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { katzRatioInterval } from "./katz-ratio-interval.ts";
import { isUndefined } from "./result.ts";

describe("katzRatioInterval", () => {
  it("matches statsmodels Table2x2.riskratio_confint", () => {
    for (const { table, level, lower, upper } of reference.katzRatioInterval) {
      const result = katzRatioInterval(table, { level });
      if (isUndefined(result)) throw new Error(result.reason);
      expectClose(result.lower, lower);
      expectClose(result.upper, upper);
      expect(result).toMatchObject({ status: "ok", level, method: "katz-log" });
    }
  });

  it("is undefined when a rate is zero or a group is empty", () => {
    const cases = [
      { selectedA: 0, totalA: 10, selectedB: 5, totalB: 10 },
      { selectedA: 3, totalA: 10, selectedB: 0, totalB: 10 },
      { selectedA: 0, totalA: 0, selectedB: 5, totalB: 10 },
      { selectedA: 3, totalA: 10, selectedB: 0, totalB: 0 },
    ];
    for (const table of cases) expect(katzRatioInterval(table).status).toBe("undefined");
    expect(katzRatioInterval(cases[0]!)).toEqual({
      status: "undefined",
      reason: "no one in group A was selected, so the log of the rate ratio is undefined",
    });
  });

  it("contains the observed ratio and is invariant to swapping the groups (as 1/ratio)", () => {
    const table = twoByTwoArbitrary({ minTotal: 1, maxTotal: 5000, selectedEach: true });
    fc.assert(
      fc.property(table, (t) => {
        const result = katzRatioInterval(t);
        const swapped = katzRatioInterval(swapGroups(t));
        if (isUndefined(result) || isUndefined(swapped)) throw new Error("unexpectedly undefined");
        const ratio = t.selectedA / t.totalA / (t.selectedB / t.totalB);
        expect(result.lower).toBeLessThanOrEqual(ratio * (1 + 1e-12));
        expect(result.upper).toBeGreaterThanOrEqual(ratio * (1 - 1e-12));
        expectClose(swapped.lower, 1 / result.upper, { relative: 1e-12 });
      }),
    );
  });

  it("rejects invalid arguments", () => {
    expect(() => katzRatioInterval({ selectedA: 5, totalA: 4, selectedB: 1, totalB: 4 })).toThrow(
      new RangeError("katzRatioInterval requires 0 <= selectedA <= totalA"),
    );
    expect(() =>
      katzRatioInterval({ selectedA: 1, totalA: 4, selectedB: 1, totalB: 4 }, { level: 2 }),
    ).toThrow(new RangeError("katzRatioInterval requires 0 < level < 1"));
  });
});
