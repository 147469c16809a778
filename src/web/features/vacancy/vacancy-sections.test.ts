import { describe, expect, it } from "vitest";
import { maySee, sectionsFor } from "./vacancy-sections.ts";

describe("the sections of a vacancy per role", () => {
  it("shows HR everything but the monitoring figures", () => {
    expect(sectionsFor("hr")).toEqual(["review", "candidates", "log", "audit"]);
    expect(sectionsFor("admin")).toEqual(["review", "candidates", "log", "audit", "monitoring"]);
  });

  it("never shows a reviewer the monitoring figures or the candidates' contact entry", () => {
    expect(sectionsFor("reviewer")).toEqual(["review", "log"]);
    expect(maySee("reviewer", "monitoring")).toBe(false);
  });

  it("lets an auditor audit and read the monitoring figures, not add candidates", () => {
    expect(sectionsFor("auditor")).toEqual(["review", "log", "audit", "monitoring"]);
    expect(sectionsFor("employee")).toEqual([]);
  });
});
