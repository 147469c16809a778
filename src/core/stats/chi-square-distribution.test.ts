import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { chiSquareSf } from "./chi-square-distribution.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };

describe("chiSquareSf", () => {
  it("matches scipy chi2.sf", () => {
    // Both sides are double-precision approximations; the prefactor e^(−x/2)(x/2)^(df/2)/Γ(df/2)
    // loses ~x·1e-16 to cancellation, so 1e-12 (observed ≤ 6e-14 up to x = 1500) rather than 1e-15.
    for (const { x, df, sf } of reference.chiSquareSf)
      expectClose(chiSquareSf(x, df), sf, { relative: 1e-12 });
  });

  it("uses the closed forms for 1 and 2 degrees of freedom", () => {
    expectClose(chiSquareSf(3.841458820694124, 1), 0.05, { relative: 1e-14 });
    expect(chiSquareSf(4, 2)).toBe(Math.exp(-2));
  });

  it("is 1 at and below 0, 0 at infinity", () => {
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(-1, 3)).toBe(1);
    expect(chiSquareSf(Number.POSITIVE_INFINITY, 3)).toBe(0);
  });

  it("is a probability, decreasing in x", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (x, dx, df) => {
          const p = chiSquareSf(x, df);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(chiSquareSf(x + dx, df)).toBeLessThanOrEqual(p * (1 + 1e-12));
        },
      ),
    );
  });

  it("rejects bad arguments", () => {
    expect(() => chiSquareSf(1, 0)).toThrow(new RangeError("chiSquareSf requires finite df > 0"));
    expect(() => chiSquareSf(1, Number.NaN)).toThrow(RangeError);
    expect(() => chiSquareSf(Number.NaN, 2)).toThrow(TypeError);
  });
});
