import { assertCount } from "./assert-count.ts";
import type { TwoByTwo } from "./result.ts";

/** Checks that a 2×2 table holds whole-number counts with 0 ≤ selected ≤ total in both groups. */
export const assertTwoByTwo = (fn: string, t: TwoByTwo): void => {
  assertCount(fn, "selectedA", t.selectedA);
  assertCount(fn, "totalA", t.totalA);
  assertCount(fn, "selectedB", t.selectedB);
  assertCount(fn, "totalB", t.totalB);
  if (t.selectedA > t.totalA) throw new RangeError(`${fn} requires 0 <= selectedA <= totalA`);
  if (t.selectedB > t.totalB) throw new RangeError(`${fn} requires 0 <= selectedB <= totalB`);
};
