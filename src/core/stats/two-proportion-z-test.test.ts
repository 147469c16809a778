import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { swapGroups, twoByTwoArbitrary } from "../../../test-support/two-by-two-arbitrary.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { isUndefined } from "./result.ts";
import { twoProportionZTest } from "./two-proportion-z-test.ts";

/** audit-AI crosstab: rows are groups, columns [fail, pass]; "pass" is selection. */
const fromCrosstab = ([[failA, passA], [failB, passB]]: [[number, number], [number, number]]) => ({
  selectedA: passA,
  totalA: failA + passA,
  selectedB: passB,
  totalB: failB + passB,
});

describe("twoProportionZTest", () => {
  it("matches statsmodels proportions_ztest", () => {
    for (const { table, statistic, pValue } of reference.twoProportionZTest) {
      const result = twoProportionZTest(table);
      if (isUndefined(result)) throw new Error(result.reason);
      expectClose(result.statistic, statistic);
      expectClose(result.pValue, pValue);
    }
  });

  it("reproduces the published peer values", () => {
    // EEOC example, White 48/80 vs Black 12/40: z = 3.10, p = 0.0019.
    const eeoc = twoProportionZTest({ selectedA: 48, totalA: 80, selectedB: 12, totalB: 40 });
    expect(eeoc).toMatchObject({ status: "ok", method: "two-proportion-z (pooled)" });
    if (isUndefined(eeoc)) throw new Error(eeoc.reason);
    expect(eeoc.statistic).toBeCloseTo(3.1, 2);
    expect(eeoc.pValue).toBeCloseTo(0.0019, 4);
    // Small sample 8/10 vs 4/10: z = 1.83, p = 0.068.
    const small = twoProportionZTest({ selectedA: 8, totalA: 10, selectedB: 4, totalB: 10 });
    if (isUndefined(small)) throw new Error(small.reason);
    expect(small.statistic).toBeCloseTo(1.83, 2);
    expect(small.pValue).toBeCloseTo(0.068, 3);
    // audit-AI crosstab z values: the sign is (first row's pass rate − second row's).
    const first = twoProportionZTest(
      fromCrosstab([
        [10, 10],
        [0, 20],
      ]),
    );
    const second = twoProportionZTest(
      fromCrosstab([
        [78, 5],
        [87, 12],
      ]),
    );
    if (isUndefined(first) || isUndefined(second)) throw new Error("unexpectedly undefined");
    expectClose(first.statistic, -3.6514837167011072, { relative: 1e-14 });
    expectClose(second.statistic, -1.4078304151258787, { relative: 1e-14 });
  });

  it("is undefined without variation or without members", () => {
    expect(twoProportionZTest({ selectedA: 0, totalA: 10, selectedB: 0, totalB: 10 })).toEqual({
      status: "undefined",
      reason: "no one was selected in either group, so there is no variation to test",
    });
    expect(twoProportionZTest({ selectedA: 10, totalA: 10, selectedB: 4, totalB: 4 }).status).toBe(
      "undefined",
    );
    expect(twoProportionZTest({ selectedA: 0, totalA: 0, selectedB: 4, totalB: 9 }).status).toBe("undefined");
  });

  it("gives a p-value in [0, 1], antisymmetric z when the groups swap", () => {
    const table = twoByTwoArbitrary({ minTotal: 1, maxTotal: 100_000 });
    fc.assert(
      fc.property(table, (t) => {
        const result = twoProportionZTest(t);
        const swapped = twoProportionZTest(swapGroups(t));
        if (isUndefined(result) || isUndefined(swapped)) return;
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expect(swapped.statistic + result.statistic).toBe(0);
        expect(swapped.pValue).toBe(result.pValue);
      }),
    );
  });

  it("rejects invalid tables", () => {
    expect(() => twoProportionZTest({ selectedA: 1, totalA: 4, selectedB: 5, totalB: 4 })).toThrow(
      new RangeError("twoProportionZTest requires 0 <= selectedB <= totalB"),
    );
    expect(() => twoProportionZTest({ selectedA: 1, totalA: -4, selectedB: 0, totalB: 4 })).toThrow(
      RangeError,
    );
  });
});
