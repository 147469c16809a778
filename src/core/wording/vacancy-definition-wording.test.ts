import { describe, expect, it } from "vitest";
import { exampleVacancy } from "../screening/example-vacancy.ts";
import { vacancyDefinitionWording } from "./vacancy-definition-wording.ts";

describe("vacancyDefinitionWording", () => {
  it("finds exclusionary wording in a rule's label and a gendered title, with where it is", () => {
    const vacancy = {
      ...exampleVacancy,
      title: { nl: "Verpleegster thuiszorg", en: "Home-care nurse" },
      knockouts: [
        {
          ...exampleVacancy.knockouts[1]!,
          reason: {
            nl: "Ons jonge team werkt met dit diploma.",
            en: "Our young team works with this diploma.",
          },
        },
      ],
      criteria: [
        ...exampleVacancy.criteria,
        {
          id: "taal",
          label: { nl: "Nederlands als moedertaal", en: "Native speaker of Dutch" },
          weight: 5,
          condition: { kind: "yes" as const, field: "moedertaal" },
        },
      ],
    };
    const found = vacancyDefinitionWording(vacancy);
    const paths = found.map((f) => `${f.path}:${f.finding.rule}`);
    expect(paths).toContain("title.nl:title.gendered-form");
    expect(paths).toContain("knockouts[0].reason.nl:age.young");
    expect(paths.some((p) => p.startsWith("criteria[4].label.nl:language."))).toBe(true);
    expect(paths.some((p) => p.startsWith("criteria[4].label.en:language."))).toBe(true);
    // Every finding points into the text at its path.
    const at = (path: string): string =>
      path
        .split(/\.|\[|\]\.?/)
        .filter(Boolean)
        .reduce((o: unknown, k) => (o as Record<string, unknown>)[k], vacancy) as string;
    for (const f of found) expect(at(f.path).slice(f.finding.start, f.finding.end)).toBe(f.finding.text);
    // Whole-advertisement checks do not apply to a label.
    expect(found.some((f) => ["salary", "accommodation", "requirements"].includes(f.finding.category))).toBe(
      false,
    );
  });

  it("has little to say about the neutral example vacancy", () => {
    const found = vacancyDefinitionWording(exampleVacancy);
    expect(found.filter((f) => f.finding.category !== "title" && f.finding.category !== "gender")).toEqual(
      [],
    );
  });
});
