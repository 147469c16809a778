import { describe, expect, it } from "vitest";
import { checkVacancyText } from "./check-vacancy-text.ts";
import { CORPUS_EN } from "./fixtures/corpus-en.ts";
import { CORPUS_NL } from "./fixtures/corpus-nl.ts";
import { WORDING_CATEGORIES } from "./wording-finding.ts";
import { WORDING_RULES } from "./wording-rules.ts";

const rulesOf = (text: string, options = {}) => checkVacancyText(text, options).findings.map((f) => f.rule);

describe("checkVacancyText on the test corpus", () => {
  it("has at least ten Dutch and ten English texts", () => {
    expect(CORPUS_NL.length).toBeGreaterThanOrEqual(10);
    expect(CORPUS_EN.length).toBeGreaterThanOrEqual(10);
  });

  for (const c of [...CORPUS_NL, ...CORPUS_EN]) {
    it(`${c.name}: finds what it should and nothing it should not`, () => {
      const result = checkVacancyText(c.text);
      expect(result.language).toBe(c.language);
      const found = result.findings.map((f) => ({ rule: f.rule, text: f.text, replacement: f.replacement }));
      for (const e of c.expected) {
        expect(found, `${e.rule} "${e.text}"`).toContainEqual(
          e.replacement === undefined ? expect.objectContaining({ rule: e.rule, text: e.text }) : e,
        );
      }
      if (c.exact) expect(found).toHaveLength(c.expected.length);
      for (const rule of c.absent ?? []) {
        expect(
          found.filter(
            (f) => f.rule === rule && !c.expected.some((e) => e.rule === rule && e.text === f.text),
          ),
        ).toEqual([]);
      }
      // The same result with the language given instead of detected.
      expect(checkVacancyText(c.text, { language: c.language }).findings).toEqual(result.findings);
    });
  }
});

/** One sentence per case: [language, sentence, rule, the marked words, the rewrite]. */
const SENTENCES: ["nl" | "en", string, string, string, string | null][] = [
  ["nl", "Ben jij een jonge hond?", "age.go-getter", "jonge hond", "doorzetter"],
  ["nl", "Wij zoeken jonge honden.", "age.go-getter", "jonge honden", "doorzetters"],
  [
    "nl",
    "Een senior kandidaat met overzicht.",
    "age.junior-senior-person",
    "senior kandidaat",
    "kandidaat voor deze seniorfunctie",
  ],
  [
    "en",
    "A junior candidate with drive.",
    "age.junior-senior-person",
    "junior candidate",
    "candidate for this junior position",
  ],
  ["nl", "Ben jij een digital native?", "age.digital-native", "digital native", "digitaal vaardig"],
  ["en", "Ideal for students who like people.", "age.students", "Ideal for students", null],
  ["en", "Young professionals wanted.", "age.young", "Young professionals", "Professionals"],
  ["nl", "Je werkt in een team van 20-40 jaar.", "age.limit", "20-40 jaar", null],
  ["en", "You are no older than 40.", "age.limit", "no older than 40", null],
  [
    "nl",
    "Je hebt tussen twee en vijf jaar werkervaring.",
    "age.experience-maximum",
    "tussen twee en vijf jaar werkervaring",
    "minimaal twee jaar werkervaring",
  ],
  [
    "en",
    "You have up to 5 years of relevant experience.",
    "age.experience-maximum",
    "up to 5 years of relevant experience",
    "relevant experience",
  ],
  ["nl", "Aankomend talent krijgt een kans.", "age.career-start", "Aankomend talent", "Talent"],
  ["en", "Take the first step in your career.", "age.career-start", "first step in your career", null],
  ["nl", "Je spreekt Nederlands zonder accent.", "language.accent", "zonder accent", "goed verstaanbaar"],
  ["en", "Native speakers only.", "language.native", "Native speakers", "Fluent speakers"],
  ["en", "You have native fluency in Dutch.", "language.native", "native fluency", "C1 fluency"],
  ["en", "The chairman and his or her deputy.", "gender.pronoun", "his or her", "their"],
  ["en", "You log man-hours.", "gender.gendered-term", "man-hours", "working hours"],
  ["nl", "Wij zoeken een man voor het magazijn.", "gender.sex-preference", "zoeken een man", null],
  ["en", "Men only.", "gender.sex-preference", "Men only", null],
  ["nl", "Je moet langdurig kunnen staan.", "ableist.physical-requirement", "langdurig kunnen staan", null],
  [
    "en",
    "Carrying 20 kg is part of the job.",
    "ableist.physical-requirement",
    "Carrying 20 kg",
    "Moving 20 kg",
  ],
  ["en", "You have perfect eyesight.", "ableist.health-requirement", "perfect eyesight", null],
  ["en", "Our insanely fast team.", "ableist.figurative", "insanely", null],
  ["nl", "De timmerman en de kokkin.", "title.gendered-form", "timmerman", "timmerkracht"],
  ["en", "Our foremen plan the day.", "title.gendered-form", "foremen", "supervisors"],
  ["nl", "Salaris n.o.t.k.", "salary.vague", "n.o.t.k", null],
  ["en", "Send your salary history.", "salary.pay-history", "salary history", null],
];

describe("checkVacancyText, sentence by sentence", () => {
  it.each(SENTENCES)("%s: %s → %s", (language, sentence, rule, words, rewrite) => {
    const found = checkVacancyText(sentence, { language }).findings.filter((f) => f.rule === rule);
    expect(found.map((f) => [f.text, f.replacement])).toContainEqual([words, rewrite]);
  });
});

describe("checkVacancyText", () => {
  it("does not read 'junior' or a youth worker as an age requirement (issue 6)", () => {
    const text =
      "Jongerenwerker (m/v/x)\n\nDit is een juniorfunctie voor een junior jongerenwerker. Je werkt met jongeren en je bent jongleur op feesten.";
    expect(rulesOf(text).filter((r) => r.startsWith("age."))).toEqual([]);
    expect(
      rulesOf("Junior Developer\n\nWe hire a junior developer for our team.").filter((r) =>
        r.startsWith("age."),
      ),
    ).toEqual([]);
  });

  it("reads inflections and Dutch compounds", () => {
    expect(rulesOf("Wij zoeken jonge, dynamische mensen", { language: "nl" })).toContain(
      "age.young-and-dynamic",
    );
    expect(rulesOf("Een team van jongere collega's", { language: "nl" })).toContain("age.young");
    expect(rulesOf("De jongere in de opvang", { language: "nl" })).not.toContain("age.young");
    expect(rulesOf("Ervaren managementsecretaresse gezocht", { language: "nl" })).toContain(
      "title.gendered-form",
    );
    expect(rulesOf("Moedertaalsprekers Engels gezocht", { language: "nl" })).toContain("language.native");
  });

  it("names the whole-text findings with an insertion point at the end of the text", () => {
    const text = "Medewerker\n\nWij zoeken een collega voor de afdeling en je werkt met het team.\n\n";
    const { findings } = checkVacancyText(text, { language: "nl" });
    const missing = findings.filter((f) => f.kind === "missing");
    expect(missing.map((f) => f.rule).sort()).toEqual([
      "accommodation.missing",
      "salary.missing",
      "title.missing-gender-marker",
    ]);
    const end = text.trimEnd().length;
    expect(missing.find((f) => f.rule === "salary.missing")).toMatchObject({ start: end, end, text: "" });
    expect(missing.find((f) => f.rule === "title.missing-gender-marker")).toMatchObject({
      start: 10,
      end: 10,
    });
  });

  it("runs both languages' phrase lists, but no coded-word lists, when the language is undefined", () => {
    const result = checkVacancyText("Verpleegster (m/v), jong en ambitious");
    expect(result.language).toBe("undefined");
    expect(result.detection.reason?.en).toMatch(/too short/i);
    const rules = result.findings.map((f) => f.rule);
    expect(rules).toContain("title.gendered-form");
    expect(rules).toContain("title.binary-marker");
    expect(rules).toContain("age.young");
    expect(rules).not.toContain("gender.masculine-coded");
    expect(result.findings.find((f) => f.rule === "accommodation.missing")?.replacement).toBeNull();
  });

  it("flags a requirement list only above the limit, which is an option", () => {
    const list = Array.from({ length: 6 }, (_, i) => `- eis ${i + 1}`).join("\n");
    const text = `Medewerker (m/v/x)\n\nWat vragen wij:\n${list}\n`;
    expect(rulesOf(text)).not.toContain("requirements.too-many");
    expect(rulesOf(text, { maxRequirements: 5 })).toContain("requirements.too-many");
    expect(checkVacancyText(text, { maxRequirements: 5 }).requirements).toEqual({ items: 6, limit: 5 });
    expect(() => checkVacancyText(text, { maxRequirements: -1 })).toThrow(RangeError);
    expect(() => checkVacancyText(text, { maxRequirements: 1.5 })).toThrow(RangeError);
  });

  it("returns no findings for an empty text", () => {
    const result = checkVacancyText("   \n");
    expect(result.findings).toEqual([]);
    expect(result.language).toBe("undefined");
    for (const c of WORDING_CATEGORIES) expect(result.summary[c]).toEqual({ count: 0, score: 100 });
  });

  it("gives every finding a unique id, a known rule, both languages and sorted offsets", () => {
    for (const c of [...CORPUS_NL, ...CORPUS_EN]) {
      const { findings } = checkVacancyText(c.text);
      expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
      for (const [i, f] of findings.entries()) {
        const rule = WORDING_RULES[f.rule as keyof typeof WORDING_RULES];
        expect(rule.category).toBe(f.category);
        expect(f.explanation.nl.length).toBeGreaterThan(20);
        expect(f.explanation.en.length).toBeGreaterThan(20);
        expect(f.suggestion.nl.length).toBeGreaterThan(5);
        expect(f.suggestion.en.length).toBeGreaterThan(5);
        expect(c.text.slice(f.start, f.end)).toBe(f.text);
        if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]!.start);
      }
    }
  });

  it("summarises per category and the gender balance", () => {
    const en = CORPUS_EN.find((c) => c.name === "en-coded-words")!;
    const result = checkVacancyText(en.text);
    expect(result.gender).toEqual({ masculine: 4, feminine: 4, coding: "neutral" });
    expect(result.summary.gender).toEqual({ count: 8, score: 100 });
    expect(result.summary.salary).toEqual({ count: 0, score: 100 });
    const nl = CORPUS_NL.find((c) => c.name === "nl-jong-en-dynamisch")!;
    const bad = checkVacancyText(nl.text);
    expect(bad.summary.accommodation).toEqual({ count: 1, score: 0 });
    expect(bad.summary.age).toEqual({ count: 4, score: 0 });
    expect(bad.summary.language).toEqual({ count: 1, score: 75 });
    expect(bad.summary.title).toEqual({ count: 1, score: 85 });
  });
});
