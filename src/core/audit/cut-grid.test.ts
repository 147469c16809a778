import { describe, expect, it } from "vitest";
import { cutGrid } from "./cut-grid.ts";

describe("cutGrid", () => {
  it("gives 19 evenly spaced cuts strictly inside the range", () => {
    const cuts = cutGrid(0, 100);
    expect(cuts).toHaveLength(19);
    expect(cuts[0]).toBe(5);
    expect(cuts[18]).toBe(95);
  });
  it("gives no cuts when every score is the same", () => {
    expect(cutGrid(7, 7)).toEqual([]);
  });
});
