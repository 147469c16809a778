import { describe, expect, it } from "vitest";
import { auditComparisons, type ScreeningAudit } from "./audit-links.ts";

const audit = (id: string, view: ScreeningAudit["view"] = "decider"): ScreeningAudit => ({
  id,
  view,
  deciderName: view === "decider" ? id : null,
  title: id,
  createdAt: "2026-01-01T00:00:00Z",
  createdBy: "u",
  uploadId: null,
  filename: "log",
  rows: 10,
  findings: { comparisons: 0, belowFourFifths: 0, significant: 0, belowFourFifthsAndSignificant: 0 },
});

describe("comparing the algorithm with the people", () => {
  it("compares the final decisions and each reviewer with the recommendations", () => {
    // Found by their view, whatever the order.
    const pairs = auditComparisons([
      audit("final", "decision"),
      audit("ann"),
      audit("system", "recommendation"),
      audit("bob"),
    ]);
    expect(pairs.map((p) => [p.algorithm.id, p.human.id, p.kind])).toEqual([
      ["system", "final", "decisions"],
      ["system", "ann", "reviewer"],
      ["system", "bob", "reviewer"],
    ]);
  });

  it("has nothing to compare with fewer than two audits", () => {
    expect(auditComparisons([])).toEqual([]);
    expect(auditComparisons([audit("system", "recommendation")])).toEqual([]);
    expect(auditComparisons([audit("ann")])).toEqual([]);
  });
});
