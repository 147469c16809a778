import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { swapGroups, twoByTwoArbitrary } from "../../../test-support/two-by-two-arbitrary.ts";
import { fisherExact } from "./fisher-exact.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { hypergeometricPmf } from "./hypergeometric.ts";
import type { TwoByTwo } from "./result.ts";

const twoByTwo = twoByTwoArbitrary({ minTotal: 0, maxTotal: 60 });

/** The R fisher.test rule summed term by term, for small tables. */
const bruteForce = (t: TwoByTwo): number => {
  const parameters = {
    population: t.totalA + t.totalB,
    successes: t.selectedA + t.selectedB,
    draws: t.totalA,
  };
  const observed = hypergeometricPmf(t.selectedA, parameters);
  let p = 0;
  for (let k = 0; k <= t.totalA; k++) {
    const q = hypergeometricPmf(k, parameters);
    if (q <= observed * (1 + 1e-7)) p += q;
  }
  return Math.min(1, p);
};

describe("fisherExact", () => {
  it("matches R's rule evaluated in 60-digit arithmetic", () => {
    for (const { table, pValue, midP, oddsRatio } of reference.fisherExact) {
      const result = fisherExact(table);
      // 1e-300 absolute: one reference p-value (4.03e-321) is subnormal and so has few significant digits.
      expectClose(result.pValue, pValue, { absolute: 1e-300 });
      expectClose(result.midP, midP, { absolute: 1e-300 });
      if (oddsRatio === null) expect(result.oddsRatio).toBeNull();
      else expectClose(result.oddsRatio!, oddsRatio);
    }
  });

  it("matches scipy fisher_exact", () => {
    // scipy computes in double precision through boost's hypergeometric CDF; for totals of a
    // million and more it drifts ~5e-11 from the exact value, hence 1e-9 here too.
    for (const { table, scipyPValue } of reference.fisherExact) {
      expectClose(fisherExact(table).pValue, scipyPValue, { absolute: 1e-300 });
    }
  });

  it("reproduces the published peer values", () => {
    // EEOC example, White 48/80 vs Black 12/40: p = 0.0034.
    expect(fisherExact({ selectedA: 48, totalA: 80, selectedB: 12, totalB: 40 }).pValue).toBeCloseTo(
      0.0034,
      4,
    );
    // Small sample 8/10 vs 4/10: p = 0.17.
    expect(fisherExact({ selectedA: 8, totalA: 10, selectedB: 4, totalB: 10 }).pValue).toBeCloseTo(0.17, 2);
  });

  it("counts mirror-image tables of equal probability", () => {
    const result = fisherExact({ selectedA: 3, totalA: 4, selectedB: 1, totalB: 4 });
    expect(result.pValue).toBeCloseTo(34 / 70, 15);
    expect(result.midP).toBeCloseTo(34 / 70 - 8 / 70, 15);
    expect(fisherExact({ selectedA: 1, totalA: 1, selectedB: 0, totalB: 1 }).pValue).toBe(1);
  });

  it("gives p = 1 and midP = 0.5 when a margin is zero (only one table is possible)", () => {
    for (const table of [
      { selectedA: 0, totalA: 0, selectedB: 3, totalB: 5 },
      { selectedA: 0, totalA: 7, selectedB: 0, totalB: 9 },
      { selectedA: 3, totalA: 3, selectedB: 4, totalB: 4 },
      { selectedA: 0, totalA: 0, selectedB: 0, totalB: 0 },
    ]) {
      expect(fisherExact(table)).toMatchObject({ pValue: 1, midP: 0.5 });
    }
  });

  it("reports the sample odds ratio, null when b·c = 0", () => {
    expect(fisherExact({ selectedA: 48, totalA: 80, selectedB: 12, totalB: 40 }).oddsRatio).toBe(3.5);
    expect(fisherExact({ selectedA: 0, totalA: 10, selectedB: 5, totalB: 10 }).oddsRatio).toBe(0);
    expect(fisherExact({ selectedA: 10, totalA: 10, selectedB: 5, totalB: 10 }).oddsRatio).toBeNull();
  });

  it("is fast and finite for totals of millions, even far in the tail", () => {
    const started = performance.now();
    const far = fisherExact({ selectedA: 1_000_000, totalA: 2_000_000, selectedB: 0, totalB: 2_000_000 });
    const near = fisherExact({
      selectedA: 600_000,
      totalA: 2_000_000,
      selectedB: 449_250,
      totalB: 1_500_000,
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(far.pValue).toBe(0);
    expect(near.pValue).toBeCloseTo(0.3124043080154415, 12);
  });

  it("agrees with a term-by-term sum", () => {
    fc.assert(
      fc.property(twoByTwo, (t) => {
        expectClose(fisherExact(t).pValue, bruteForce(t), { relative: 1e-9 });
      }),
    );
  });

  it("returns p-values in [0, 1] with midP ≤ pValue, unchanged by swapping the groups", () => {
    fc.assert(
      fc.property(twoByTwo, (t) => {
        const { pValue, midP } = fisherExact(t);
        expect(pValue).toBeGreaterThan(0);
        expect(pValue).toBeLessThanOrEqual(1);
        expect(midP).toBeGreaterThanOrEqual(pValue / 2);
        expect(midP).toBeLessThanOrEqual(pValue);
        const swapped = fisherExact(swapGroups(t));
        expectClose(swapped.pValue, pValue, { relative: 1e-12 });
        const flipped = fisherExact({
          selectedA: t.totalA - t.selectedA,
          totalA: t.totalA,
          selectedB: t.totalB - t.selectedB,
          totalB: t.totalB,
        });
        expectClose(flipped.pValue, pValue, { relative: 1e-12 });
      }),
    );
  });

  it("rejects invalid tables", () => {
    expect(() => fisherExact({ selectedA: 5, totalA: 4, selectedB: 0, totalB: 1 })).toThrow(
      new RangeError("fisherExact requires 0 <= selectedA <= totalA"),
    );
    expect(() => fisherExact({ selectedA: -1, totalA: 4, selectedB: 0, totalB: 1 })).toThrow(
      new RangeError("fisherExact requires selectedA >= 0"),
    );
    expect(() => fisherExact({ selectedA: 1.5, totalA: 4, selectedB: 0, totalB: 1 })).toThrow(
      new TypeError("fisherExact requires an integer selectedA"),
    );
  });
});
