import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { chiSquareTest } from "./chi-square-test.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { isUndefined } from "./result.ts";

describe("chiSquareTest", () => {
  it("matches scipy chi2_contingency", () => {
    for (const { table, yates, statistic, df, pValue } of reference.chiSquareTest) {
      const result = chiSquareTest(table, { yates });
      if (isUndefined(result)) throw new Error(result.reason);
      // Σ(O − E)²/E summed in a different order than numpy; 1e-9 relative, or 1e-12 absolute when it is ~0.
      expectClose(result.statistic, statistic, { absolute: 1e-12 });
      expect(result.df).toBe(df);
      expectClose(result.pValue, pValue);
    }
  });

  it("reproduces the published peer values", () => {
    // COMPAS by sex (selected = tp + fp), Yates: χ² = 8.9167, p = 0.00283.
    const sex = chiSquareTest(
      [
        [591, 1395 - 591],
        [2726, 5819 - 2726],
      ],
      { yates: true },
    );
    if (isUndefined(sex)) throw new Error(sex.reason);
    expect(sex.statistic).toBeCloseTo(8.9167, 4);
    expect(sex.pValue).toBeCloseTo(0.00283, 5);
    expect(sex.method).toBe("pearson chi-square (yates)");
    // COMPAS by race, 6×2: χ² = 539.558 with 5 df.
    const race = chiSquareTest([
      [2174, 3696 - 2174],
      [8, 32 - 8],
      [854, 2454 - 854],
      [190, 637 - 190],
      [12, 18 - 12],
      [79, 377 - 79],
    ]);
    if (isUndefined(race)) throw new Error(race.reason);
    expect(race.statistic).toBeCloseTo(539.558, 3);
    expect(race.df).toBe(5);
    // audit-AI README, four groups of 1000 passing 250/270/240/260: χ² = 2.632, p = 0.452.
    const readme = chiSquareTest([
      [250, 750],
      [270, 730],
      [240, 760],
      [260, 740],
    ]);
    if (isUndefined(readme)) throw new Error(readme.reason);
    expect(readme.statistic).toBeCloseTo(2.632, 3);
    expect(readme.pValue).toBeCloseTo(0.452, 3);
  });

  it("applies Yates only to 2×2 tables and never past zero", () => {
    const big = chiSquareTest(
      [
        [3, 1, 4],
        [1, 5, 9],
      ],
      { yates: true },
    );
    expect(big).toMatchObject({ method: "pearson chi-square" });
    // Here every |O − E| = 0.238 < 0.5, so the corrected statistic is exactly 0.
    expect(
      chiSquareTest(
        [
          [5, 5],
          [5, 6],
        ],
        { yates: true },
      ),
    ).toMatchObject({ statistic: 0, pValue: 1 });
  });

  it("is undefined for empty rows or columns and for tables smaller than 2×2", () => {
    expect(
      chiSquareTest([
        [0, 0],
        [3, 4],
      ]),
    ).toEqual({ status: "undefined", reason: "row 1 is all zero, so its expected counts are zero" });
    expect(
      chiSquareTest([
        [1, 0],
        [3, 0],
      ]),
    ).toEqual({ status: "undefined", reason: "column 2 is all zero, so its expected counts are zero" });
    expect(chiSquareTest([[1, 2, 3]]).status).toBe("undefined");
    expect(chiSquareTest([]).status).toBe("undefined");
  });

  it("gives p-values in [0, 1], unchanged by swapping rows", () => {
    const table = fc.array(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 2 }), {
      minLength: 2,
      maxLength: 6,
    });
    fc.assert(
      fc.property(table, fc.boolean(), (rows, yates) => {
        const result = chiSquareTest(rows, { yates });
        const reversed = chiSquareTest([...rows].reverse(), { yates });
        if (isUndefined(result) || isUndefined(reversed)) throw new Error("unexpectedly undefined");
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expectClose(reversed.pValue, result.pValue, { relative: 1e-9, absolute: 1e-300 });
      }),
    );
  });

  it("rejects invalid tables", () => {
    expect(() =>
      chiSquareTest([
        [1, 2],
        [3, -1],
      ]),
    ).toThrow(new RangeError("chiSquareTest requires table[1][1] >= 0"));
    expect(() =>
      chiSquareTest([
        [1, 2],
        [3, 0.5],
      ]),
    ).toThrow(new TypeError("chiSquareTest requires an integer table[1][1]"));
    expect(() => chiSquareTest([[1, 2], [3]])).toThrow(
      new RangeError("chiSquareTest requires all rows to have the same length"),
    );
  });
});
