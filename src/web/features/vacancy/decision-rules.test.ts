import { describe, expect, it } from "vitest";
import { departure, MIN_REASON_LENGTH, reasonIsEnough } from "./decision-rules.ts";

const result = (recommendation: "advance" | "review" | "reject", automatic = false) => ({
  recommendation,
  automatic,
});

describe("departing from the recommendation", () => {
  it("needs a reason to reject a candidate the system would advance", () => {
    expect(departure(result("advance"), "reject")).toBe("reject-advanced");
    expect(departure(result("advance"), "advance")).toBeNull();
  });

  it("needs a reason to advance a candidate the system would reject, above all after a knock-out", () => {
    expect(departure(result("reject"), "advance")).toBe("advance-rejected");
    expect(departure(result("reject", true), "advance")).toBe("advance-knockout");
    expect(departure(result("reject", true), "reject")).toBeNull();
    expect(departure(result("reject"), "reject")).toBeNull();
  });

  it("leaves a 'review' recommendation to the person either way", () => {
    expect(departure(result("review"), "advance")).toBeNull();
    expect(departure(result("review"), "reject")).toBeNull();
  });

  it("counts the reason's characters without the spaces around it", () => {
    expect(reasonIsEnough(null, "")).toBe(true);
    expect(reasonIsEnough("reject-advanced", "too short")).toBe(false);
    expect(reasonIsEnough("reject-advanced", `   ${"x".repeat(MIN_REASON_LENGTH - 1)}   `)).toBe(false);
    expect(reasonIsEnough("reject-advanced", "x".repeat(MIN_REASON_LENGTH))).toBe(true);
  });
});
