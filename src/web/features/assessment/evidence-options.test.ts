import { describe, expect, it } from "vitest";
import { QUESTIONS_BY_ID } from "../../../core/assessment/assessment-questions.ts";
import { evidenceLink, pickersFor, withEvidence } from "./evidence-options.ts";

const question = (id: string) => {
  const q = QUESTIONS_BY_ID.get(id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};

describe("pickersFor", () => {
  it("offers a saved audit for audit and discovery evidence, a vacancy for its check or log", () => {
    expect(pickersFor(question("deployer-monitoring"))).toEqual(["audit"]);
    expect(pickersFor(question("bias-cause"))).toEqual(["audit", "decision-log"]);
    expect(pickersFor(question("deployer-input-data"))).toEqual(["vacancy-check"]);
    expect(pickersFor(question("deployer-dpia"))).toEqual([]);
  });
});

describe("evidenceLink", () => {
  it("opens what Aware holds, and nothing for a document", () => {
    expect(evidenceLink({ kind: "audit", ref: "a 1", label: "x" })).toBe("/audits/a%201");
    expect(evidenceLink({ kind: "vacancy-check", ref: "v1", label: "x" })).toBe("/vacancies/v1");
    expect(evidenceLink({ kind: "decision-log", ref: "v1", label: "x" })).toBe("/vacancies/v1/log");
    expect(evidenceLink({ kind: "document", ref: "DPIA.pdf", label: "DPIA" })).toBeNull();
  });
});

describe("withEvidence", () => {
  it("adds evidence once", () => {
    const audit = { kind: "audit", ref: "a1", label: "Audit 2025" } as const;
    const list = withEvidence([], audit);
    expect(withEvidence(list, { ...audit, label: "again" })).toEqual([audit]);
    expect(withEvidence(list, { kind: "document", ref: "a1", label: "a1" })).toHaveLength(2);
  });
});
