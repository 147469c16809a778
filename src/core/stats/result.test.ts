import { describe, expect, it } from "vitest";
import { type Interval, isUndefined, type Undefined } from "./result.ts";

describe("isUndefined", () => {
  it("tells undefined statistics from computed ones", () => {
    const missing: Undefined = { status: "undefined", reason: "no data" };
    const interval: Interval = { status: "ok", lower: 0.1, upper: 0.2, level: 0.95, method: "wilson" };
    expect(isUndefined(missing)).toBe(true);
    expect(isUndefined(interval)).toBe(false);
  });
});
