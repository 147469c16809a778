import { describe, expect, it } from "vitest";
import { audit } from "../audit/audit.ts";
import { cellsFromRows } from "../audit/cells-from-rows.ts";
import { decisionLogRows, type LogEntryForAudit, MONITORING_ATTRIBUTES } from "./decision-log-rows.ts";

const rec = (
  applicationId: string,
  recommendation: "advance" | "review" | "reject",
  score: number,
): LogEntryForAudit => ({
  applicationId,
  kind: "recommendation",
  recommendation,
  score,
  decision: null,
  deciderId: null,
});
const dec = (
  applicationId: string,
  decision: "advance" | "reject",
  deciderId: string | null,
): LogEntryForAudit => ({
  applicationId,
  kind: "decision",
  recommendation: null,
  score: null,
  decision,
  deciderId,
});

describe("decisionLogRows", () => {
  const log: LogEntryForAudit[] = [
    rec("a", "reject", 30),
    dec("a", "reject", "u1"),
    rec("a", "review", 50), // a later recommendation replaces the first
    dec("a", "advance", "u2"), // and a later decision too
    rec("b", "advance", 80),
    dec("b", "advance", "u1"),
    rec("c", "reject", 10),
    dec("c", "reject", null), // automatic knock-out
    rec("d", "review", 55), // not decided yet
    {
      applicationId: null,
      kind: "tie-break",
      recommendation: null,
      score: 55,
      decision: null,
      deciderId: "u1",
    },
    {
      applicationId: "b",
      kind: "letter",
      recommendation: "advance",
      score: 80,
      decision: null,
      deciderId: "u1",
    },
  ];
  const monitoring = new Map([
    ["a", { gender: "woman", ageBand: "25-34", migrationBackground: "no-answer", disability: "no" }],
    ["b", { gender: "man", ageBand: "35-44", migrationBackground: "none", disability: "no" }],
  ]);
  const views = decisionLogRows(log, monitoring);

  it("makes one view of the recommendations, one of the final decisions, one per decider", () => {
    expect(views.map((v) => [v.view, v.decider?.key ?? null, v.rows.length])).toEqual([
      ["recommendation", null, 4],
      ["decision", null, 3],
      ["decider", "user:u2", 1],
      ["decider", "user:u1", 1],
      ["decider", "system", 1],
    ]);
    const recommendation = views[0]!.rows;
    expect(recommendation.map((r) => [r.selected, r.score])).toEqual([
      [false, 50],
      [true, 80],
      [false, 10],
      [false, 55],
    ]);
    expect(views[1]!.rows.map((r) => r.selected)).toEqual([true, true, false]);
  });

  it("joins monitoring answers by application; no answer and no questionnaire are unknown", () => {
    const [a, b, c] = views[1]!.rows;
    expect(a!.attributes).toEqual({
      gender: "woman",
      ageBand: "25-34",
      migrationBackground: null,
      disability: "no",
    });
    expect(b!.attributes.gender).toBe("man");
    expect(c!.attributes).toEqual({
      gender: null,
      ageBand: null,
      migrationBackground: null,
      disability: null,
    });
  });

  it("feeds the ordinary audit", () => {
    const cells = cellsFromRows(views[0]!.rows, { attributes: MONITORING_ATTRIBUTES });
    const report = audit(cells, { protected: [...MONITORING_ATTRIBUTES], minGroup: 1 });
    expect(report.rows).toBe(4);
    expect(report.overall.selected).toBe(1);
  });
});
