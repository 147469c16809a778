import { describe, expect, it } from "vitest";
import { applicationFormFields, formValueProblems } from "../../../core/screening/application-form.ts";
import { exampleVacancy } from "../../../core/screening/example-vacancy.ts";
import {
  type Answer,
  answerValue,
  answerValues,
  EMPTY_ANSWER,
  formPartOfServerField,
  joinListItems,
  OTHER,
  problemsByField,
} from "./candidate-answer.ts";

const fields = applicationFormFields(exampleVacancy);
const field = (name: string) => fields.find((f) => f.field === name)!;
const answer = (a: Partial<Answer>): Answer => ({ ...EMPTY_ANSWER, ...a });

describe("a candidate's answers", () => {
  it("joins a list of ticked options and typed items with ';', without repeats or empty items", () => {
    expect(joinListItems(["wondzorg", " plannen ; Wondzorg", "", "rapporteren,  "])).toBe(
      "wondzorg;plannen;rapporteren",
    );
    expect(
      answerValue(field("vaardigheden"), answer({ picked: ["wondzorg"], text: "plannen; ; medicatie" })),
    ).toBe("wondzorg;plannen;medicatie");
    expect(answerValue(field("vaardigheden"), EMPTY_ANSWER)).toBe("");
  });

  it("takes a choice's option, or the free answer when 'other' is chosen", () => {
    expect(answerValue(field("diploma"), answer({ selected: "VIG", text: "ignored" }))).toBe("VIG");
    expect(answerValue(field("diploma"), answer({ selected: OTHER, text: "  MBO 2 " }))).toBe("MBO 2");
  });

  it("sends only the fields with a value, which formValueProblems then accepts", () => {
    const values = answerValues(fields, {
      rijbewijs_b: answer({ selected: "yes" }),
      diploma: answer({ selected: "VIG" }),
      ervaring_jaren: answer({ text: " 2,5 " }),
      nederlands_niveau: answer({ selected: "none" }),
    });
    expect(values).toEqual({
      rijbewijs_b: "yes",
      diploma: "VIG",
      ervaring_jaren: "2,5",
      nederlands_niveau: "none",
    });
    expect(formValueProblems(fields, values)).toEqual([]);
  });

  it("lets formValueProblems name a missing knock-out answer and an unreadable number", () => {
    const problems = problemsByField(formValueProblems(fields, { ervaring_jaren: "two" }));
    expect(problems.get("rijbewijs_b")?.code).toBe("required");
    expect(problems.get("ervaring_jaren")?.code).toBe("not-a-number");
  });

  it("finds the part of the form a server error names", () => {
    expect(formPartOfServerField("privacyAccepted", fields)).toEqual({
      kind: "own",
      name: "privacyAccepted",
    });
    expect(formPartOfServerField("fields.Diploma", fields)).toEqual({ kind: "field", field: "diploma" });
    expect(formPartOfServerField("ervaring_jaren", fields)).toEqual({
      kind: "field",
      field: "ervaring_jaren",
    });
    expect(formPartOfServerField("gender", fields)).toBeUndefined();
    expect(formPartOfServerField(undefined, fields)).toBeUndefined();
  });
});
