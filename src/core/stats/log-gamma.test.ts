import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { logFactorial, logGamma } from "./log-gamma.ts";

// Absolute 1e-14 (relative 1e-14 for large values): near the zeros at x = 1 and 2 scipy's own
// gammaln is only absolutely accurate (e.g. 5e-13 relative at x = 1.0001), so relative error is
// not a fair yardstick there.
const tolerance = { relative: 1e-14, absolute: 1e-14 };

describe("logGamma", () => {
  it("matches scipy gammaln", () => {
    for (const { x, value } of reference.logGamma) expectClose(logGamma(x), value, tolerance);
  });

  it("satisfies ln Γ(x + 1) = ln Γ(x) + ln x", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), (x) => {
        expectClose(logGamma(x + 1), logGamma(x) + Math.log(x), { relative: 1e-13, absolute: 1e-13 });
      }),
    );
  });

  it("knows ln Γ(½) = ln √π", () => {
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), { relative: 1e-15 });
  });

  it("rejects x ≤ 0 and non-finite x", () => {
    expect(() => logGamma(0)).toThrow(new RangeError("logGamma requires finite x > 0"));
    expect(() => logGamma(-1.5)).toThrow(RangeError);
    expect(() => logGamma(Number.NaN)).toThrow(RangeError);
    expect(() => logGamma(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("logFactorial", () => {
  it("matches scipy gammaln(n + 1)", () => {
    for (const { n, value } of reference.logFactorial) expectClose(logFactorial(n), value, tolerance);
  });

  it("is exact for small n", () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
    expect(logFactorial(5)).toBe(Math.log(120));
    expect(logFactorial(20)).toBe(Math.log(2432902008176640000));
  });

  it("rejects negative and fractional n", () => {
    expect(() => logFactorial(-1)).toThrow(new RangeError("logFactorial requires n >= 0"));
    expect(() => logFactorial(2.5)).toThrow(new TypeError("logFactorial requires an integer n"));
  });
});
