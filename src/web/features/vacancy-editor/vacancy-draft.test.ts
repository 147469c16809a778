import { describe, expect, it } from "vitest";
import { checkVacancy } from "../../../core/screening/check-vacancy.ts";
import { exampleVacancy } from "../../../core/screening/example-vacancy.ts";
import {
  conditionFromDraft,
  conditionToDraft,
  DEFAULT_RETENTION_DAYS,
  draftFromVacancy,
  draftToRequest,
  draftToVacancy,
  newRule,
  slug,
} from "./vacancy-draft.ts";

describe("the vacancy draft", () => {
  it("gives back the example vacancy unchanged", () => {
    expect(draftToVacancy(draftFromVacancy(exampleVacancy))).toEqual(exampleVacancy);
  });

  it("turns every kind of condition into text and back", () => {
    for (const rule of [...exampleVacancy.knockouts, ...exampleVacancy.criteria]) {
      expect(conditionFromDraft(conditionToDraft(rule.condition))).toEqual(rule.condition);
    }
    const atLeast = conditionFromDraft({
      ...conditionToDraft({ kind: "yes", field: " x " }),
      kind: "atLeast",
      value: "2,5",
    });
    expect(atLeast).toEqual({ kind: "atLeast", field: "x", value: 2.5 });
  });

  it("keeps an unreadable number as NaN, which checkVacancy names", () => {
    const draft = draftFromVacancy(exampleVacancy);
    const broken = {
      ...draft,
      criteria: draft.criteria.map((c, i) => (i === 0 ? { ...c, weight: "ten" } : c)),
    };
    const vacancy = draftToVacancy(broken);
    expect(vacancy.criteria[0]?.weight).toBeNaN();
    expect(checkVacancy(vacancy).errors.map((e) => e.path)).toContain("criteria[0].weight");
  });

  it("splits accepted answers by line and protected columns by comma", () => {
    const draft = draftFromVacancy(exampleVacancy);
    const oneOf = conditionFromDraft({ ...draft.knockouts[1]!.condition, values: " VIG \n\nHBO-V" });
    expect(oneOf).toEqual({ kind: "oneOf", field: "diploma", values: ["VIG", "HBO-V"] });
    expect(draftToVacancy({ ...draft, protectedColumns: "gender, age_band;;x" }).protectedColumns).toEqual([
      "gender",
      "age_band",
      "x",
    ]);
  });

  it("gives new rules an id from their label, never one already taken", () => {
    const draft = draftFromVacancy(exampleVacancy);
    const a = { ...newRule("criteria"), label: { nl: "Ervaring", en: "Work experience in care (years)" } };
    const b = { ...newRule("criteria"), label: { nl: "Bhv", en: "bhv" } };
    const c = { ...newRule("criteria"), label: { nl: "Één", en: "" } };
    const v = draftToVacancy({ ...draft, criteria: [...draft.criteria, a, b, c] });
    const ids = v.criteria.map((x) => x.id);
    expect(ids.slice(4)).toEqual(["work-experience-in-care-years", "bhv-2", "een"]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(slug("  Rijbewijs B! ")).toBe("rijbewijs-b");
  });

  it("leaves out profile fields that are empty", () => {
    const draft = draftFromVacancy(exampleVacancy);
    const none = { ...draft, careerGapMonths: "", maxGapMonths: "", diplomaCountry: " ", homeCountry: "" };
    expect(draftToVacancy(none)).not.toHaveProperty("profileFields");
  });

  it("sends the policy only when it is switched on, and the monitoring settings as numbers", () => {
    const draft = draftFromVacancy(exampleVacancy);
    expect(draft.status).toBe("draft");
    expect(draft.retentionDays).toBe(String(DEFAULT_RETENTION_DAYS));
    const off = draftToRequest({ ...draft, policy: { ...draft.policy, justification: "x" } });
    expect(off.preferentialPolicy).toBeNull();
    expect(off.monitoring).toEqual({ enabled: true, retentionDays: 365 });
    const on = draftToRequest({
      ...draft,
      policy: {
        enabled: true,
        group: "disability",
        justification: "  Documented under-representation.  ",
        statement: { nl: " a ", en: "b" },
      },
    });
    expect(on.preferentialPolicy).toEqual({
      enabled: true,
      group: "disability",
      justification: "Documented under-representation.",
      statement: { nl: "a", en: "b" },
    });
  });
});
