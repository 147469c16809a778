import { describe, expect, it } from "vitest";
import { ASSESSMENT_QUESTIONNAIRE as Q } from "../../../core/assessment/assessment-questions.ts";
import { evaluateAssessment } from "../../../core/assessment/evaluate-assessment.ts";
import {
  answersKey,
  answersToSave,
  changedQuestions,
  cleanAnswer,
  type Draft,
  draftProblems,
  isCalendarDate,
  questionOfServerField,
  rebaseDraft,
} from "./answer-draft.ts";

const save = (draft: Draft) => answersToSave(Q, draft, evaluateAssessment(Q, draft));

describe("cleanAnswer", () => {
  it("drops empty parts, and answers with nothing left", () => {
    expect(cleanAnswer({ value: "no", note: " ", owner: " IT ", due: "", evidence: [] })).toEqual({
      value: "no",
      owner: "IT",
    });
    expect(cleanAnswer({ value: "", note: "" })).toBeUndefined();
    expect(cleanAnswer({ value: "  " })).toBeUndefined();
    expect(cleanAnswer(undefined)).toBeUndefined();
  });
});

describe("answersToSave", () => {
  it("keeps owner and due date only where the answer opens an action", () => {
    const saved = save({
      "deployer-logs": { value: "no", owner: "IT", due: "2027-01-31" },
      "deployer-dpia": { value: "yes", owner: "Legal", due: "2027-02-01" },
      "rights-why": { value: "", owner: "HR lead" },
    });
    expect(saved).toEqual({
      "deployer-logs": { value: "no", owner: "IT", due: "2027-01-31" },
      "deployer-dpia": { value: "yes" },
      "rights-why": { value: "", owner: "HR lead" },
    });
  });

  it("leaves out the answers of questions the other answers hide", () => {
    const draft: Draft = { "scope-recruitment": { value: "no" }, "scope-profiling": { value: "yes" } };
    expect(save(draft)).toEqual({ "scope-recruitment": { value: "no" } });
    expect(save({ ...draft, "scope-recruitment": { value: "yes" } })).toHaveProperty("scope-profiling");
  });
});

describe("changedQuestions and rebaseDraft", () => {
  const base: Draft = { a: { value: "yes" }, b: { value: "no" }, c: { value: "no" } };
  const latest: Draft = { a: { value: "no" }, b: { value: "no" }, c: { value: "yes" }, d: { value: "yes" } };
  const draft: Draft = { a: { value: "unknown" }, b: { value: "yes", note: "" }, c: { value: "no" } };

  it("finds what changed, ignoring empty parts", () => {
    expect(changedQuestions(base, draft)).toEqual(["a", "b"]);
    expect(changedQuestions(base, { ...base, c: { value: "no", note: "" } })).toEqual([]);
  });

  it("puts the user's changes on top of the latest version and names the questions both changed", () => {
    const { answers, conflicts } = rebaseDraft(base, latest, draft);
    expect(answers).toEqual({
      a: { value: "unknown" },
      b: { value: "yes", note: "" },
      c: { value: "yes" },
      d: { value: "yes" },
    });
    expect(conflicts).toEqual(["a"]);
  });

  it("removes an answer the user removed", () => {
    const { answers } = rebaseDraft({ a: { value: "yes" } }, { a: { value: "yes" }, b: { value: "no" } }, {});
    expect(answers).toEqual({ b: { value: "no" } });
  });

  it("compares answer sets whatever the key order", () => {
    expect(answersKey({ a: { value: "yes" }, b: { value: "no" } })).toBe(
      answersKey({ b: { value: "no" }, a: { value: "yes" } }),
    );
  });
});

describe("draftProblems", () => {
  it("asks for a choice before a note is kept, and for a real date", () => {
    const problems = draftProblems(Q, {
      "deployer-dpia": { value: "", note: "asked Legal" },
      "deployer-logs": { value: "no", due: "2027-02-30" },
      "rights-why": { value: "", note: "later" },
      "deployer-monitoring": { value: "" },
    });
    expect([...problems]).toEqual([
      ["deployer-logs", "due-date"],
      ["deployer-dpia", "choose-answer"],
    ]);
  });

  it("knows a calendar date", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("31-01-2027")).toBe(false);
  });
});

describe("questionOfServerField", () => {
  it("reads the question and the part from an API error's field", () => {
    expect(questionOfServerField("answers.bias-measured.evidence")).toEqual({
      questionId: "bias-measured",
      part: "evidence",
    });
    expect(questionOfServerField("answers.deployer-dpia")).toEqual({
      questionId: "deployer-dpia",
      part: null,
    });
    expect(questionOfServerField("answers.x.evidence.0.label")?.part).toBe("evidence.0.label");
    expect(questionOfServerField("baseVersion")).toBeNull();
    expect(questionOfServerField(undefined)).toBeNull();
  });
});
