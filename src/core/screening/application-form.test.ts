import { describe, expect, it } from "vitest";
import { applicationFormFields, formValueProblems } from "./application-form.ts";
import { exampleVacancy } from "./example-vacancy.ts";

describe("applicationFormFields", () => {
  const fields = applicationFormFields(exampleVacancy);
  const byField = new Map(fields.map((f) => [f.field, f]));

  it("asks for every field the rules read, once, and never a protected column", () => {
    const wanted = [
      ...exampleVacancy.knockouts.map((r) => r.condition.field),
      ...exampleVacancy.criteria.map((r) => r.condition.field),
      ...exampleVacancy.niceToHaves.map((r) => r.condition.field),
    ];
    for (const f of wanted) expect(byField.has(f)).toBe(true);
    expect(new Set(fields.map((f) => f.field)).size).toBe(fields.length);
    for (const p of exampleVacancy.protectedColumns) expect(byField.has(p)).toBe(false);
  });

  it("chooses the input from the condition, and requires knock-out fields only", () => {
    const ko = exampleVacancy.knockouts[0]!.condition;
    expect(byField.get(ko.field)?.input).toBe("yesNo");
    expect(byField.get(ko.field)?.required).toBe(true);
    const cefr = exampleVacancy.criteria.find((c) => c.condition.kind === "cefr")!.condition.field;
    expect(byField.get(cefr)?.input).toBe("cefr");
    expect(byField.get(cefr)?.options).toContain("none");
    expect(byField.get(cefr)?.required).toBe(false);
    const scale = exampleVacancy.criteria.find((c) => c.condition.kind === "scale")!;
    expect(byField.get(scale.condition.field)?.input).toBe("number");
    // The hint says what an answer counts for.
    expect(byField.get(scale.condition.field)?.hint.en).toContain(`up to ${scale.weight} points`);
    expect(byField.get(ko.field)?.hint.nl).toContain("wordt afgewezen");
    const gap = exampleVacancy.profileFields!.careerGapMonths!;
    expect(byField.get(gap)?.hint.en).toContain("never a reason for rejection");
  });

  it("merges two kinds of rule on one field into free text", () => {
    const vacancy = {
      ...exampleVacancy,
      niceToHaves: [
        ...exampleVacancy.niceToHaves,
        {
          id: "x",
          label: { nl: "x", en: "x" },
          weight: 1,
          condition: {
            kind: "atLeast" as const,
            field: exampleVacancy.knockouts[0]!.condition.field,
            value: 1,
          },
        },
      ],
    };
    const merged = applicationFormFields(vacancy).find(
      (f) => f.field === exampleVacancy.knockouts[0]!.condition.field,
    );
    expect(merged?.input).toBe("text");
    expect(merged?.required).toBe(true);
  });
});

describe("formValueProblems", () => {
  const fields = applicationFormFields(exampleVacancy);
  const complete = Object.fromEntries(
    fields
      .filter((f) => f.required)
      .map((f) => [f.field, f.input === "yesNo" ? "yes" : (f.options[0] ?? "x")]),
  );

  it("accepts a complete answer and leaves optional fields open", () => {
    expect(formValueProblems(fields, complete)).toEqual([]);
  });

  it("names the field of each problem", () => {
    const number = fields.find((f) => f.input === "number")!.field;
    const problems = formValueProblems(fields, { ...complete, [number]: "veel", gender: "v" });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      [number, "not-a-number"],
      ["gender", "unknown-field"],
    ]);
    const missing = formValueProblems(fields, {});
    expect(missing.every((p) => p.code === "required")).toBe(true);
    expect(missing.length).toBe(fields.filter((f) => f.required).length);
  });

  it("reads Dutch decimal commas and refuses negative numbers", () => {
    const number = fields.find((f) => f.input === "number")!.field;
    expect(formValueProblems(fields, { ...complete, [number]: "2,5" })).toEqual([]);
    expect(formValueProblems(fields, { ...complete, [number]: "-1" })[0]?.code).toBe("not-a-number");
  });
});
