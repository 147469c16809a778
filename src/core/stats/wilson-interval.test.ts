import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { isUndefined } from "./result.ts";
import { wilsonInterval } from "./wilson-interval.ts";

describe("wilsonInterval", () => {
  it("matches statsmodels proportion_confint(method='wilson')", () => {
    for (const { successes, n, level, lower, upper } of reference.wilsonInterval) {
      const result = wilsonInterval(successes, n, { level });
      if (isUndefined(result)) throw new Error(result.reason);
      // statsmodels leaves a rounding residue (~1e-17) where the bound is exactly 0 or 1.
      expectClose(result.lower, lower, { absolute: 1e-15 });
      expectClose(result.upper, upper, { absolute: 1e-15 });
      expect(result).toMatchObject({ status: "ok", level, method: "wilson" });
    }
  });

  it("defaults to 95% and is exact at the extremes", () => {
    expect(wilsonInterval(0, 10)).toMatchObject({ lower: 0, level: 0.95 });
    expect(wilsonInterval(10, 10)).toMatchObject({ upper: 1 });
  });

  it("is undefined without observations", () => {
    expect(wilsonInterval(0, 0)).toEqual({
      status: "undefined",
      reason: "no observations: a rate needs at least one person",
    });
  });

  it("contains the observed rate and lies in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.nat(),
        fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
        (n, s, level) => {
          const successes = s % (n + 1);
          const result = wilsonInterval(successes, n, { level });
          if (isUndefined(result)) throw new Error(result.reason);
          expect(result.lower).toBeGreaterThanOrEqual(0);
          expect(result.upper).toBeLessThanOrEqual(1);
          expect(result.lower).toBeLessThanOrEqual(successes / n);
          expect(result.upper).toBeGreaterThanOrEqual(successes / n);
        },
      ),
    );
  });

  it("rejects invalid arguments", () => {
    expect(() => wilsonInterval(5, 4)).toThrow(new RangeError("wilsonInterval requires 0 <= successes <= n"));
    expect(() => wilsonInterval(-1, 4)).toThrow(new RangeError("wilsonInterval requires successes >= 0"));
    expect(() => wilsonInterval(1.5, 4)).toThrow(
      new TypeError("wilsonInterval requires an integer successes"),
    );
    expect(() => wilsonInterval(1, 4, { level: 1 })).toThrow(
      new RangeError("wilsonInterval requires 0 < level < 1"),
    );
    expect(() => wilsonInterval(1, 4, { level: 0 })).toThrow(RangeError);
    expect(() => wilsonInterval(1, 0, { level: 95 })).toThrow(RangeError);
  });
});
