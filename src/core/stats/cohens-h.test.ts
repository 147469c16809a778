import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { cohensH } from "./cohens-h.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };

describe("cohensH", () => {
  it("matches numpy's evaluation of 2·asin(√p1) − 2·asin(√p2)", () => {
    // Absolute 1e-15 as well: when p1 ≈ p2 the difference cancels to ~0.
    for (const { p1, p2, value } of reference.cohensH)
      expectClose(cohensH(p1, p2), value, { absolute: 1e-15 });
  });

  it("spans ±π and is antisymmetric", () => {
    expect(cohensH(1, 0)).toBe(Math.PI);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p1, p2) => {
          expect(cohensH(p2, p1) + cohensH(p1, p2)).toBe(0);
          expect(Math.abs(cohensH(p1, p2))).toBeLessThanOrEqual(Math.PI);
        },
      ),
    );
  });

  it("rejects proportions outside [0, 1]", () => {
    expect(() => cohensH(1.2, 0.5)).toThrow(new RangeError("cohensH requires 0 <= p1, p2 <= 1"));
    expect(() => cohensH(0.5, Number.NaN)).toThrow(RangeError);
  });
});
