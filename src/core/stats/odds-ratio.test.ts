import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { oddsRatio } from "./odds-ratio.ts";

describe("oddsRatio", () => {
  it("matches the exact sample odds ratio", () => {
    for (const { table, value } of reference.oddsRatio) {
      const result = oddsRatio(table);
      expect(result.status).toBe("ok");
      if (result.status === "ok") expectClose(result.value, value);
    }
  });

  it("is 0 when no one in A (or everyone in B) is selected", () => {
    expect(oddsRatio({ selectedA: 0, totalA: 10, selectedB: 5, totalB: 10 })).toEqual({
      status: "ok",
      value: 0,
    });
    expect(oddsRatio({ selectedA: 3, totalA: 10, selectedB: 5, totalB: 5 })).toEqual({
      status: "ok",
      value: 0,
    });
  });

  it("is undefined when b·c = 0", () => {
    expect(oddsRatio({ selectedA: 10, totalA: 10, selectedB: 5, totalB: 10 })).toEqual({
      status: "undefined",
      reason: "everyone in group A was selected, so A's odds of selection are infinite",
    });
    expect(oddsRatio({ selectedA: 3, totalA: 10, selectedB: 0, totalB: 10 }).status).toBe("undefined");
    expect(oddsRatio({ selectedA: 0, totalA: 0, selectedB: 2, totalB: 10 }).status).toBe("undefined");
  });

  it("rejects invalid tables", () => {
    expect(() => oddsRatio({ selectedA: 3, totalA: 2, selectedB: 0, totalB: 10 })).toThrow(
      new RangeError("oddsRatio requires 0 <= selectedA <= totalA"),
    );
  });
});
