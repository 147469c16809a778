import type { RowHalf } from "./discovery-result.ts";
import { type SeededRandom, shuffledIndices } from "./seeded-random.ts";

/**
 * The honest split: groups are found on the search half and tested on the held-out half, which the
 * search never saw, so a held-out p-value is an ordinary p-value and not the best of many tries.
 * A seeded shuffle of the rows with an outcome; both halves are returned in table order.
 */
export interface HoldoutSplit {
  readonly search: Int32Array;
  readonly heldOut: Int32Array;
}

export function holdoutSplit(used: Int32Array, searchFraction: number, random: SeededRandom): HoldoutSplit {
  const order = shuffledIndices(used.length, random);
  const cut = Math.round(used.length * searchFraction);
  const search = Int32Array.from(order.subarray(0, cut), (k) => used[k]!).sort();
  const heldOut = Int32Array.from(order.subarray(cut), (k) => used[k]!).sort();
  return { search, heldOut };
}

/** The half of every row of the table, for the result. */
export function rowHalves(totalRows: number, split: HoldoutSplit): RowHalf[] {
  const half = new Array<RowHalf>(totalRows).fill("none");
  for (const i of split.search) half[i] = "search";
  for (const i of split.heldOut) half[i] = "held-out";
  return half;
}
