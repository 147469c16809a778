import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { swapGroups, twoByTwoArbitrary } from "../../../test-support/two-by-two-arbitrary.ts";
import { cochranMantelHaenszel } from "./cochran-mantel-haenszel.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { isUndefined } from "./result.ts";

/**
 * McDonald & Siebenaller (1989) Mpi allele data, as used by audit-AI: each stratum has rows
 * ['94', 'non-94'] and columns [Marine, Estuarine], and "pass" (selected) is Estuarine.
 * So group A = the '94' allele, selected = the second column.
 */
const mussels: Record<string, [[number, number], [number, number]]> = {
  Tillamook: [
    [56, 69],
    [40, 77],
  ],
  Yaquina: [
    [61, 257],
    [57, 301],
  ],
  Alsea: [
    [73, 65],
    [71, 79],
  ],
  Umpqua: [
    [71, 48],
    [55, 48],
  ],
};
const stratum = (
  [[marineA, estuarineA], [marineB, estuarineB]]: [[number, number], [number, number]],
  times = 1,
) => ({
  selectedA: estuarineA * times,
  totalA: (marineA + estuarineA) * times,
  selectedB: estuarineB * times,
  totalB: (marineB + estuarineB) * times,
});
const strata = Object.values(mussels).map((rows) => stratum(rows));

describe("cochranMantelHaenszel", () => {
  it("matches statsmodels StratifiedTable.test_null_odds(correction=False) and oddsratio_pooled", () => {
    for (const {
      strata: tables,
      statistic,
      pValue,
      commonOddsRatio,
      strataUsed,
    } of reference.cochranMantelHaenszel) {
      const result = cochranMantelHaenszel(tables);
      if (isUndefined(result)) throw new Error(result.reason);
      expectClose(result.statistic, statistic);
      expectClose(result.pValue, pValue);
      expect(result.strataUsed).toBe(strataUsed);
      if (commonOddsRatio === null) expect(result.commonOddsRatio).toBeNull();
      else expectClose(result.commonOddsRatio!, commonOddsRatio);
    }
  });

  it("reproduces audit-AI's cmh_test on the mussel data", () => {
    const result = cochranMantelHaenszel(strata);
    if (isUndefined(result)) throw new Error(result.reason);
    expectClose(result.statistic, 5.320927767938459, { relative: 1e-12 });
    expectClose(result.pValue, 0.02107078993834932, { relative: 1e-12 });
    // Odds of Estuarine for '94' versus non-94: 0.759. Making Marine the "selected" column (or
    // swapping the groups) gives the reciprocal, 1.3175.
    expectClose(result.commonOddsRatio!, 0.7590219991052517, { relative: 1e-12 });
    const marine = cochranMantelHaenszel(
      strata.map((t) => ({ ...t, selectedA: t.totalA - t.selectedA, selectedB: t.totalB - t.selectedB })),
    );
    if (isUndefined(marine)) throw new Error(marine.reason);
    expectClose(marine.commonOddsRatio!, 1.3174848702393571, { relative: 1e-12 });
    expectClose(marine.statistic, 5.320927767938459, { relative: 1e-12 });

    const firstTimesTen = cochranMantelHaenszel([stratum(mussels.Tillamook!, 10), ...strata.slice(1)]);
    const allTimesTen = cochranMantelHaenszel(Object.values(mussels).map((rows) => stratum(rows, 10)));
    if (isUndefined(firstTimesTen) || isUndefined(allTimesTen)) throw new Error("unexpectedly undefined");
    expectClose(firstTimesTen.statistic, 29.61407107326871, { relative: 1e-12 });
    expectClose(allTimesTen.statistic, 53.359182839685964, { relative: 1e-12 });
  });

  it("skips strata with an empty group and counts the rest", () => {
    const result = cochranMantelHaenszel([...strata, { selectedA: 0, totalA: 0, selectedB: 4, totalB: 9 }]);
    expect(result).toMatchObject({ status: "ok", strataUsed: 4, df: 1 });
  });

  it("is undefined without informative strata", () => {
    expect(cochranMantelHaenszel([])).toEqual({
      status: "undefined",
      reason: "no stratum has members in both groups, so there is nothing to compare",
    });
    expect(cochranMantelHaenszel([{ selectedA: 0, totalA: 5, selectedB: 0, totalB: 4 }]).status).toBe(
      "undefined",
    );
  });

  it("gives a p-value in [0, 1], unchanged by swapping the groups", () => {
    const table = twoByTwoArbitrary({ minTotal: 1, maxTotal: 500 });
    fc.assert(
      fc.property(fc.array(table, { minLength: 1, maxLength: 8 }), (tables) => {
        const result = cochranMantelHaenszel(tables);
        const swapped = cochranMantelHaenszel(tables.map(swapGroups));
        if (isUndefined(result) || isUndefined(swapped)) return;
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expectClose(swapped.pValue, result.pValue, { relative: 1e-9, absolute: 1e-300 });
      }),
    );
  });

  it("rejects invalid strata", () => {
    expect(() => cochranMantelHaenszel([{ selectedA: 3, totalA: 2, selectedB: 0, totalB: 1 }])).toThrow(
      new RangeError("cochranMantelHaenszel requires 0 <= selectedA <= totalA"),
    );
  });
});
