import { describe, expect, it } from "vitest";
import { checkVacancy } from "../../../core/screening/check-vacancy.ts";
import { exampleVacancy } from "../../../core/screening/example-vacancy.ts";
import {
  controlId,
  draftProblems,
  editorSlots,
  type Note,
  notesFromCheck,
  pathOfServerField,
  placeNotes,
} from "./editor-notes.ts";
import { draftFromVacancy, draftToVacancy } from "./vacancy-draft.ts";

const note = (path: string): Note => ({ path, severity: "error", text: path });

describe("placing problems beside their field", () => {
  it("puts each note in the most specific slot", () => {
    const placed = placeNotes(
      [
        note("criteria[1].condition.values[2]"),
        note("criteria[1]"),
        note("criteria[10].weight"),
        note("nowhere"),
      ],
      ["", "criteria", "criteria[1]", "criteria[1].condition.values", "criteria[10]"],
    );
    expect(placed.get("criteria[1].condition.values")?.map((n) => n.path)).toEqual([
      "criteria[1].condition.values[2]",
    ]);
    expect(placed.get("criteria[1]")?.map((n) => n.path)).toEqual(["criteria[1]"]);
    expect(placed.get("criteria[10]")?.map((n) => n.path)).toEqual(["criteria[10].weight"]);
    expect(placed.get("")?.map((n) => n.path)).toEqual(["nowhere"]);
  });

  it("has a slot for every problem checkVacancy finds with a protected field", () => {
    const draft = draftFromVacancy(exampleVacancy);
    const withAge = {
      ...draft,
      criteria: draft.criteria.map((c, i) =>
        i === 0 ? { ...c, condition: { ...c.condition, field: "age" } } : c,
      ),
    };
    const notes = notesFromCheck(checkVacancy(draftToVacancy(withAge)), "en");
    expect(notes).toContainEqual(
      expect.objectContaining({ path: "criteria[0].condition.field", severity: "error" }),
    );
    const placed = placeNotes(notes, editorSlots(withAge));
    expect(placed.get("criteria[0].condition.field")?.[0]?.text).toMatch(/direct discrimination/);
    expect(placed.has("")).toBe(false);
  });

  it("makes ids that are valid and distinct", () => {
    expect(controlId("criteria[2].condition.field")).toBe("vacancy-criteria-2-condition-field");
    expect(controlId("")).toBe("vacancy-form");
    const slots = editorSlots(draftFromVacancy(exampleVacancy));
    expect(new Set(slots.map(controlId)).size).toBe(slots.length);
  });
});

describe("what the form requires itself", () => {
  it("asks for both languages, a justified policy and a sensible retention", () => {
    const draft = draftFromVacancy(exampleVacancy);
    expect(draftProblems(draft)).toEqual([]);
    const bad = {
      ...draft,
      title: { nl: "Titel", en: " " },
      retentionDays: "0",
      policy: { ...draft.policy, enabled: true, justification: "too short" },
    };
    expect(draftProblems(bad).map((p) => `${p.path}:${p.key}`)).toEqual([
      "title.en:form.error.required",
      "preferentialPolicy.justification:editor.error.justification",
      "preferentialPolicy.statement.nl:form.error.required",
      "preferentialPolicy.statement.en:form.error.required",
      "monitoring.retentionDays:editor.error.retention",
    ]);
    expect(draftProblems({ ...draft, retentionDays: "731" })).toHaveLength(1);
    expect(draftProblems({ ...draft, retentionDays: "730" })).toHaveLength(0);
  });
});

describe("a field the server names", () => {
  it("becomes the editor's path", () => {
    expect(pathOfServerField("definition.criteria.0.weight")).toBe("criteria[0].weight");
    expect(pathOfServerField("definition.knockouts.1.condition.values.0")).toBe(
      "knockouts[1].condition.values[0]",
    );
    expect(pathOfServerField("definition.profileFields.maxGapMonths")).toBe("profileFields.maxGapMonths");
    expect(pathOfServerField("preferentialPolicy")).toBe("preferentialPolicy");
    expect(pathOfServerField("monitoring.retentionDays")).toBe("monitoring.retentionDays");
    expect(pathOfServerField("definition")).toBe("");
  });
});
