import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { benjaminiHochberg, holm } from "./p-adjust.ts";

describe("holm and benjaminiHochberg", () => {
  it("match R p.adjust (statsmodels multipletests holm / fdr_bh)", () => {
    for (const { p, holm: expectedHolm, bh } of reference.pAdjust) {
      const adjustedHolm = holm(p);
      const adjustedBh = benjaminiHochberg(p);
      expect(adjustedHolm).toHaveLength(p.length);
      for (const [i, value] of expectedHolm.entries()) expectClose(adjustedHolm[i]!, value);
      for (const [i, value] of bh.entries()) expectClose(adjustedBh[i]!, value);
    }
  });

  it("agree with R on a worked example with ties", () => {
    // p.adjust(c(0.01, 0.01, 0.02, 0.02, 0.2), "holm") and "BH".
    expect(holm([0.01, 0.01, 0.02, 0.02, 0.2])).toEqual([0.05, 0.05, 0.06, 0.06, 0.2]);
    const bh = benjaminiHochberg([0.01, 0.01, 0.02, 0.02, 0.2]);
    for (const [i, value] of [0.025, 0.025, 0.025, 0.025, 0.2].entries())
      expectClose(bh[i]!, value, { relative: 1e-15 });
  });

  it("handle empty and single inputs", () => {
    expect(holm([])).toEqual([]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(holm([0.3])).toEqual([0.3]);
    expect(benjaminiHochberg([0.3])).toEqual([0.3]);
  });

  it("satisfy 1 ≥ Holm ≥ BH ≥ raw, keep order and are monotone", () => {
    const pValues = fc.array(
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.01, 0.05, 1)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(pValues, (p) => {
        const h = holm(p);
        const b = benjaminiHochberg(p);
        for (let i = 0; i < p.length; i++) {
          expect(h[i]!).toBeLessThanOrEqual(1);
          expect(h[i]!).toBeGreaterThanOrEqual(b[i]!);
          expect(b[i]!).toBeGreaterThanOrEqual(p[i]!);
          for (let j = 0; j < p.length; j++) {
            if (p[i]! <= p[j]!) {
              expect(h[i]!).toBeLessThanOrEqual(h[j]!);
              expect(b[i]!).toBeLessThanOrEqual(b[j]!);
            }
          }
        }
      }),
    );
  });

  it("reject values outside [0, 1]", () => {
    expect(() => holm([0.1, 1.1])).toThrow(new RangeError("holm requires every p-value in [0, 1]"));
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(
      new RangeError("benjaminiHochberg requires every p-value in [0, 1]"),
    );
  });
});
