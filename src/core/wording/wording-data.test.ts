/** The word lists as data: every pattern parses, rewrites are never coded, every rule cites real sources. */
import { describe, expect, it } from "vitest";
import { checkVacancyText } from "./check-vacancy-text.ts";
import { ABLEIST_PHRASES } from "./data/ableist-phrases.ts";
import { AGE_PHRASES } from "./data/age-phrases.ts";
import { FEMININE_EN, GENDER_CODED_EN, MASCULINE_EN, NEUTRAL_EN } from "./data/gender-coded-en.ts";
import { FEMININE_NL, GENDER_CODED_NL, MASCULINE_NL } from "./data/gender-coded-nl.ts";
import { GENDERED_TITLE_PHRASES } from "./data/gendered-titles.ts";
import { GENDERED_WORDING } from "./data/gendered-wording.ts";
import { LANGUAGE_PHRASES } from "./data/language-phrases.ts";
import { SALARY_PHRASES } from "./data/salary-terms.ts";
import { parsePattern } from "./phrase-pattern.ts";
import { WORDING_CATEGORIES } from "./wording-finding.ts";
import { WORDING_RULES } from "./wording-rules.ts";
import { WORDING_SOURCES } from "./wording-sources.ts";

const ALL = [
  ...ABLEIST_PHRASES,
  ...AGE_PHRASES,
  ...GENDER_CODED_EN,
  ...GENDER_CODED_NL,
  ...GENDERED_TITLE_PHRASES,
  ...GENDERED_WORDING,
  ...LANGUAGE_PHRASES,
  ...SALARY_PHRASES,
];

describe("the word lists", () => {
  it("hold the 42 masculine and 40 feminine entries of Gaucher et al. (2011), Appendix A", () => {
    // Three hyphenated stems are written as two words; "co operat*" is our spelling variant of "cooperat*".
    expect(MASCULINE_EN).toHaveLength(42);
    expect(FEMININE_EN.filter((w) => w !== "co operat*")).toHaveLength(40);
  });

  it("parse, every one of them", () => {
    for (const entry of ALL) for (const p of entry.patterns) expect(() => parsePattern(p), p).not.toThrow();
  });

  it("rewrite coded words into words no list codes", () => {
    for (const word of Object.values(NEUTRAL_EN)) {
      const { findings } = checkVacancyText(`We look for someone ${word}.`, { language: "en" });
      expect(
        findings.filter((f) => f.category === "gender"),
        word,
      ).toEqual([]);
    }
    for (const w of [...MASCULINE_NL, ...FEMININE_NL]) {
      for (const neutral of Object.values(w.neutral ?? {})) {
        const { findings } = checkVacancyText(`Wij zoeken iemand ${neutral}.`, { language: "nl" });
        expect(
          findings.filter((f) => f.category === "gender"),
          neutral,
        ).toEqual([]);
      }
    }
  });

  it("list each Dutch form once, in lower case", () => {
    const forms = [...MASCULINE_NL, ...FEMININE_NL].flatMap((w) => w.forms);
    expect(new Set(forms).size).toBe(forms.length);
    for (const f of forms) expect(f).toBe(f.toLocaleLowerCase("nl"));
  });
});

describe("the rule catalogue", () => {
  it("gives every rule a category, both languages and known sources", () => {
    for (const [id, rule] of Object.entries(WORDING_RULES)) {
      expect(rule.id).toBe(id);
      expect(WORDING_CATEGORIES).toContain(rule.category);
      expect(id.startsWith(`${rule.category}.`)).toBe(true);
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const s of rule.sources) expect(WORDING_SOURCES[s].citation.length).toBeGreaterThan(20);
      for (const text of [rule.explanation, rule.suggestion]) {
        expect(text.nl.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
      }
    }
  });

  it("has a rule for every category", () => {
    const categories = new Set(Object.values(WORDING_RULES).map((r) => r.category));
    expect([...categories].sort()).toEqual([...WORDING_CATEGORIES].sort());
  });
});
