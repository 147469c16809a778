import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { normalCdf, normalQuantile, normalSf } from "./normal.ts";

// scipy special.ndtr / stats.norm.sf / special.ndtri are accurate to a few ulp; 1e-12 leaves room
// for both implementations' rounding (the largest gap, ~1e-13 at |x| = 37, is scipy's: it rounds x/√2).
const tolerance = { relative: 1e-12 };

describe("normalCdf and normalSf", () => {
  it("match scipy ndtr and norm.sf, including far tails", () => {
    for (const { x, cdf, sf } of reference.normal.cdf) {
      expectClose(normalCdf(x), cdf, tolerance);
      expectClose(normalSf(x), sf, tolerance);
    }
  });

  it("know the textbook values", () => {
    expect(normalCdf(0)).toBe(0.5);
    expectClose(normalSf(1.959963984540054), 0.025, { relative: 1e-14 });
    expectClose(normalSf(30), 4.906713927148187e-198, { relative: 1e-12 });
    expect(normalSf(40)).toBe(0);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it("are complementary and mirror images", () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (x) => {
        expect(Math.abs(normalCdf(x) + normalSf(x) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
        expect(normalSf(x)).toBe(normalCdf(-x));
      }),
    );
  });

  it("rejects NaN", () => {
    expect(() => normalCdf(Number.NaN)).toThrow(new TypeError("normalCdf requires a number, got NaN"));
    expect(() => normalSf(Number.NaN)).toThrow(TypeError);
  });
});

describe("normalQuantile", () => {
  it("matches scipy ndtri", () => {
    for (const { p, quantile } of reference.normal.quantile)
      expectClose(normalQuantile(p), quantile, tolerance);
  });

  it("inverts normalCdf", () => {
    fc.assert(
      fc.property(fc.double({ min: -37, max: 0, noNaN: true }), (x) => {
        // Near x = 0 the cdf itself only resolves x to ~ε/φ(0) ≈ 3e-16, hence the absolute term.
        expectClose(normalQuantile(normalCdf(x)), x, { relative: 1e-12, absolute: 1e-15 });
      }),
    );
  });

  it("has the exact limits and centre", () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("rejects probabilities outside [0, 1]", () => {
    expect(() => normalQuantile(1.5)).toThrow(new RangeError("normalQuantile requires 0 <= p <= 1"));
    expect(() => normalQuantile(-0.1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
