import { describe, expect, it } from "vitest";
import type { Answers } from "./assessment-model.ts";
import { ASSESSMENT_QUESTIONNAIRE, QUESTIONS_BY_ID } from "./assessment-questions.ts";
import { evaluateAssessment, isShown } from "./evaluate-assessment.ts";

const q = ASSESSMENT_QUESTIONNAIRE;
const answer = (entries: Record<string, string>): Answers =>
  Object.fromEntries(Object.entries(entries).map(([id, value]) => [id, { value }]));

describe("the questionnaire data", () => {
  it("has unique ids, both languages everywhere, a source and an action for every question", () => {
    const ids = q.sections.flatMap((s) => s.questions.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of q.sections) {
      for (const text of [section.title, section.intro]) {
        expect(text.nl.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
      }
      for (const question of section.questions) {
        for (const text of [question.text, question.help, question.action]) {
          expect(text.nl.trim(), question.id).not.toBe("");
          expect(text.en.trim(), question.id).not.toBe("");
          expect(text.nl, question.id).not.toBe(text.en);
        }
        expect(question.sources.length, question.id).toBeGreaterThan(0);
        if (question.showIf) expect(QUESTIONS_BY_ID.has(question.showIf.question), question.id).toBe(true);
      }
    }
  });

  it("covers the duties the issue names", () => {
    const cited = q.sections
      .flatMap((s) => s.questions.flatMap((x) => x.sources.map((src) => src.label)))
      .join(" | ");
    for (const needle of [
      "annex III, point 4(a)",
      "art. 26(6)",
      "art. 26(7)",
      "art. 14",
      "art. 86",
      "art. 5(1)(f)",
      "art. 4",
      "art. 13",
      "GDPR art. 35",
      "IAMA",
      "Algoritmekader 5-ver-03",
    ]) {
      expect(cited, needle).toContain(needle);
    }
  });
});

describe("evaluateAssessment", () => {
  it("is undetermined and lists every shown question to answer when nothing is answered", () => {
    const e = evaluateAssessment(q, {});
    expect(e.classification).toBe("undetermined");
    expect(e.answered).toBe(0);
    expect(e.actions.length).toBe(e.shown);
    expect(e.actions.every((a) => a.unanswered)).toBe(true);
    // Conditional questions stay hidden until their condition is answered.
    expect(isShown(QUESTIONS_BY_ID.get("scope-profiling")!, {})).toBe(false);
  });

  it("classifies a profiling recruitment system as high-risk", () => {
    const e = evaluateAssessment(q, answer({ "scope-recruitment": "yes", "scope-profiling": "yes" }));
    expect(e.classification).toBe("high-risk");
    expect(e.classificationReason.en).toContain("6(3)");
    expect(isShown(QUESTIONS_BY_ID.get("scope-narrow-task")!, answer({ "scope-profiling": "yes" }))).toBe(
      false,
    );
  });

  it("needs the provider's documentation before calling a narrow task not high-risk", () => {
    const e = evaluateAssessment(
      q,
      answer({ "scope-recruitment": "yes", "scope-profiling": "no", "scope-narrow-task": "yes" }),
    );
    expect(e.classification).toBe("possibly-not-high-risk");
    expect(e.classificationReason.en).toContain("6(4)");
  });

  it("puts a prohibited practice first, as critical", () => {
    const e = evaluateAssessment(q, answer({ "prohibited-emotion": "yes", "deployer-logs": "no" }));
    expect(e.prohibited).toBe(true);
    expect(e.actions[0]).toMatchObject({
      questionId: "prohibited-emotion",
      severity: "critical",
      unanswered: false,
    });
    expect(e.actions.find((a) => a.questionId === "deployer-logs")?.severity).toBe("required");
  });

  it("closes an item once the duty is met or does not apply, and keeps owner and due date", () => {
    const open = evaluateAssessment(q, {
      "deployer-dpia": { value: "no", owner: "Privacy officer", due: "2027-03-01" },
    });
    expect(open.actions.find((a) => a.questionId === "deployer-dpia")).toMatchObject({
      owner: "Privacy officer",
      due: "2027-03-01",
      unanswered: false,
    });
    for (const value of ["yes", "na"]) {
      const done = evaluateAssessment(q, answer({ "deployer-dpia": value }));
      expect(done.actions.some((a) => a.questionId === "deployer-dpia")).toBe(false);
    }
  });

  it("makes the fundamental-rights part required only for public bodies", () => {
    const privateEmployer = evaluateAssessment(q, answer({ "scope-public-body": "no" }));
    const publicBody = evaluateAssessment(q, answer({ "scope-public-body": "yes" }));
    expect(privateEmployer.friaRequired).toBe(false);
    expect(privateEmployer.actions.find((a) => a.questionId === "rights-why")?.severity).toBe("recommended");
    expect(publicBody.friaRequired).toBe(true);
    expect(publicBody.actions.find((a) => a.questionId === "rights-why")?.severity).toBe("required");
  });

  it("counts progress per section over the questions shown", () => {
    const e = evaluateAssessment(q, answer({ "scope-recruitment": "no", "scope-public-body": "no" }));
    expect(e.classification).toBe("out-of-scope");
    const section = e.sections.find((s) => s.id === "classification")!;
    expect(section).toEqual({ id: "classification", shown: 2, answered: 2, open: 0 });
  });
});
