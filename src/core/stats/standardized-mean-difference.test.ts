import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { isUndefined } from "./result.ts";
import { standardizedMeanDifference } from "./standardized-mean-difference.ts";

describe("standardizedMeanDifference", () => {
  it("matches the closed form evaluated in Python", () => {
    for (const { a, b, level, value, lower, upper } of reference.standardizedMeanDifference) {
      const result = standardizedMeanDifference(a, b, { level });
      if (isUndefined(result)) throw new Error(result.reason);
      // Absolute 1e-15 as well for d = 0.
      expectClose(result.value, value, { absolute: 1e-15 });
      expectClose(result.ci.lower, lower, { absolute: 1e-15 });
      expectClose(result.ci.upper, upper, { absolute: 1e-15 });
      expect(result.ci).toMatchObject({ status: "ok", level });
    }
  });

  it("computes a textbook example", () => {
    // Means 10 and 9, SD 2 in both groups of 50: d = 0.5.
    const result = standardizedMeanDifference(
      { n: 50, mean: 10, variance: 4 },
      { n: 50, mean: 9, variance: 4 },
    );
    expect(result).toMatchObject({ status: "ok", method: "cohens-d (pooled SD)", value: 0.5 });
  });

  it("is undefined for tiny groups or zero spread", () => {
    expect(
      standardizedMeanDifference({ n: 1, mean: 1, variance: 0 }, { n: 5, mean: 2, variance: 1 }).status,
    ).toBe("undefined");
    expect(
      standardizedMeanDifference({ n: 3, mean: 1, variance: 0 }, { n: 5, mean: 2, variance: 0 }),
    ).toEqual({
      status: "undefined",
      reason: "all scores within each group are equal, so the pooled SD is zero",
    });
  });

  it("has an interval around d, antisymmetric when the groups swap", () => {
    const group = fc.record({
      n: fc.integer({ min: 2, max: 10_000 }),
      mean: fc.double({ min: -100, max: 100, noNaN: true }),
      variance: fc.double({ min: 0.01, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(group, group, (a, b) => {
        const result = standardizedMeanDifference(a, b);
        const swapped = standardizedMeanDifference(b, a);
        if (isUndefined(result) || isUndefined(swapped)) throw new Error("unexpectedly undefined");
        expect(result.ci.lower).toBeLessThan(result.value);
        expect(result.ci.upper).toBeGreaterThan(result.value);
        expect(swapped.value + result.value).toBe(0);
      }),
    );
  });

  it("rejects invalid summaries", () => {
    expect(() =>
      standardizedMeanDifference({ n: -1, mean: 0, variance: 1 }, { n: 5, mean: 0, variance: 1 }),
    ).toThrow(new RangeError("standardizedMeanDifference requires a.n >= 0"));
    expect(() =>
      standardizedMeanDifference({ n: 5, mean: 0, variance: -1 }, { n: 5, mean: 0, variance: 1 }),
    ).toThrow(new RangeError("standardizedMeanDifference requires a finite a.variance >= 0"));
    expect(() =>
      standardizedMeanDifference({ n: 5, mean: Number.NaN, variance: 1 }, { n: 5, mean: 0, variance: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      standardizedMeanDifference({ n: 5.5, mean: 0, variance: 1 }, { n: 5, mean: 0, variance: 1 }),
    ).toThrow(TypeError);
  });
});
