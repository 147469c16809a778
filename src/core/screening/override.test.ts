import { describe, expect, it } from "vitest";
import { departsFromRecommendation } from "./override.ts";

describe("departsFromRecommendation", () => {
  it("is an override only against a clear advance or reject", () => {
    expect(departsFromRecommendation("advance", "reject")).toBe(true);
    expect(departsFromRecommendation("reject", "advance")).toBe(true);
    expect(departsFromRecommendation("advance", "advance")).toBe(false);
    expect(departsFromRecommendation("reject", "reject")).toBe(false);
    // "review" asks for a person's judgement: either decision follows it.
    expect(departsFromRecommendation("review", "advance")).toBe(false);
    expect(departsFromRecommendation("review", "reject")).toBe(false);
  });
});
