import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { normalCriticalValue } from "./normal-critical-value.ts";

describe("normalCriticalValue", () => {
  it("gives the familiar two-sided z values (scipy norm.isf(alpha / 2))", () => {
    expectClose(normalCriticalValue("f", 0.95), 1.959963984540054, { relative: 1e-15 });
    expectClose(normalCriticalValue("f", 0.99), 2.5758293035489004, { relative: 1e-15 });
    expectClose(normalCriticalValue("f", 0.9), 1.6448536269514729, { relative: 1e-15 });
  });

  it("names the caller when the level is outside (0, 1)", () => {
    expect(() => normalCriticalValue("someInterval", 1)).toThrow(
      new RangeError("someInterval requires 0 < level < 1"),
    );
    expect(() => normalCriticalValue("someInterval", Number.NaN)).toThrow(RangeError);
  });
});
