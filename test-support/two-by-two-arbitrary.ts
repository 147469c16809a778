import fc from "fast-check";
import type { TwoByTwo } from "../src/core/stats/result.ts";

/** Random 2×2 tables for property tests; `selectedEach` keeps at least one selection per group. */
export function twoByTwoArbitrary(options: {
  readonly minTotal: number;
  readonly maxTotal: number;
  readonly selectedEach?: boolean;
}): fc.Arbitrary<TwoByTwo> {
  const total = fc.integer({ min: options.minTotal, max: options.maxTotal });
  return fc
    .record({ totalA: total, totalB: total, a: fc.nat(), b: fc.nat() })
    .map(({ totalA, totalB, a, b }) => ({
      selectedA: options.selectedEach ? 1 + (a % totalA) : a % (totalA + 1),
      totalA,
      selectedB: options.selectedEach ? 1 + (b % totalB) : b % (totalB + 1),
      totalB,
    }));
}

/** The same table with the two groups swapped. */
export const swapGroups = (t: TwoByTwo): TwoByTwo => ({
  selectedA: t.selectedB,
  totalA: t.totalB,
  selectedB: t.selectedA,
  totalB: t.totalA,
});
