import { describe, expect, it } from "vitest";
import { formatChange } from "./format-change.ts";

describe("formatChange", () => {
  it("signs a change in the language's notation", () => {
    expect(formatChange("nl", 0.123, 2)).toBe("+0,12");
    expect(formatChange("en", -0.05, 2)).toBe("\u22120.05");
    expect(formatChange("en", 0.0001, 2)).toBe("0.00");
    expect(formatChange("nl", -0.0001, 2)).toBe("0,00");
  });
});
