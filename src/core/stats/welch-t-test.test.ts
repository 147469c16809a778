import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { isUndefined } from "./result.ts";
import { welchTTest } from "./welch-t-test.ts";

// Expected values from scipy 1.17.1: r = stats.ttest_ind(a, b, equal_var=False);
// r.statistic, r.df, r.pvalue, r.confidence_interval(level); the summaries are numpy mean and var(ddof=1).
const cases = [
  {
    a: { n: 7, mean: 12.35714285714286, variance: 4.322857142857141 },
    b: { n: 11, mean: 9.154545454545454, variance: 1.2907272727272727 },
    level: 0.95,
    t: 3.735865382678082,
    df: 8.31654679875528,
    p: 0.005354726846421023,
    lower: 1.2387796043212682,
    upper: 5.1664152008735424,
  },
  {
    a: { n: 12, mean: 0.75, variance: 0.20454545454545456 },
    b: { n: 20, mean: 0.25, variance: 0.19736842105263158 },
    level: 0.9,
    t: 3.0477678535099892,
    df: 22.967032967032964,
    p: 0.0057169474789688585,
    lower: 0.21881475601736128,
    upper: 0.7811852439826386,
  },
];

describe("welchTTest", () => {
  it("matches scipy ttest_ind(equal_var=False) and its confidence interval", () => {
    for (const c of cases) {
      const r = welchTTest(c.a, c.b, { level: c.level });
      if (isUndefined(r)) throw new Error(r.reason);
      expectClose(r.statistic, c.t, 1e-12);
      expectClose(r.df, c.df, 1e-12);
      expectClose(r.pValue, c.p, 1e-10);
      expectClose(r.ci.lower, c.lower, 1e-10);
      expectClose(r.ci.upper, c.upper, 1e-10);
      expect(r.ci).toMatchObject({ level: c.level, method: "welch" });
    }
  });

  // Regression: variances near the smallest double made the squares in df underflow to 0 and df NaN.
  it("keeps a finite df for tiny variances", () => {
    const r = welchTTest({ n: 5, mean: 0, variance: 1e-320 }, { n: 8, mean: 1e-160, variance: 2e-320 });
    expect(r.status === "ok" && Number.isFinite(r.df)).toBe(true);
    const scaled = welchTTest({ n: 5, mean: 0, variance: 1 }, { n: 8, mean: 1, variance: 2 });
    expect(r.status === "ok" && scaled.status === "ok" && r.df).toBeCloseTo(
      scaled.status === "ok" ? scaled.df : 0,
      2,
    );
  });

  it("is undefined without spread", () => {
    expect(welchTTest({ n: 1, mean: 1, variance: 0 }, { n: 5, mean: 2, variance: 1 })).toMatchObject({
      status: "undefined",
    });
    expect(welchTTest({ n: 3, mean: 1, variance: 0 }, { n: 5, mean: 2, variance: 0 })).toMatchObject({
      status: "undefined",
    });
  });

  it("rejects invalid arguments", () => {
    expect(() => welchTTest({ n: 2.5, mean: 1, variance: 1 }, { n: 5, mean: 2, variance: 1 })).toThrow(
      TypeError,
    );
    expect(() => welchTTest({ n: 3, mean: 1, variance: -1 }, { n: 5, mean: 2, variance: 1 })).toThrow(
      RangeError,
    );
  });
});
