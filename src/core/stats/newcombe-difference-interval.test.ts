import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { newcombeDifferenceInterval } from "./newcombe-difference-interval.ts";
import { isUndefined } from "./result.ts";

// Newcombe (1998), Table II, method 10, rounded to four decimals in the paper: hence the tolerance.
const published = [
  { t: { selectedA: 56, totalA: 70, selectedB: 48, totalB: 80 }, lower: 0.0524, upper: 0.3339 },
  { t: { selectedA: 0, totalA: 10, selectedB: 0, totalB: 10 }, lower: -0.2775, upper: 0.2775 },
];

describe("newcombeDifferenceInterval", () => {
  it("reproduces Newcombe's worked examples", () => {
    for (const { t, lower, upper } of published) {
      const ci = newcombeDifferenceInterval(t);
      if (isUndefined(ci)) throw new Error(ci.reason);
      expectClose(ci.lower, lower, { absolute: 5e-5 });
      expectClose(ci.upper, upper, { absolute: 5e-5 });
      expect(ci.method).toBe("newcombe hybrid score");
    }
  });

  it("contains the observed difference and stays in [-1, 1]", () => {
    for (const t of [
      { selectedA: 10, totalA: 10, selectedB: 0, totalB: 20 },
      { selectedA: 3, totalA: 7, selectedB: 50, totalB: 60 },
    ]) {
      const ci = newcombeDifferenceInterval(t, { level: 0.9 });
      if (isUndefined(ci)) throw new Error(ci.reason);
      const d = t.selectedA / t.totalA - t.selectedB / t.totalB;
      expect(ci.lower).toBeLessThanOrEqual(d);
      expect(ci.upper).toBeGreaterThanOrEqual(d);
      expect(ci.lower).toBeGreaterThanOrEqual(-1);
      expect(ci.upper).toBeLessThanOrEqual(1);
    }
  });

  it("is undefined for an empty group", () => {
    expect(newcombeDifferenceInterval({ selectedA: 0, totalA: 0, selectedB: 1, totalB: 3 })).toMatchObject({
      status: "undefined",
    });
  });
});
