/** Properties of the check that hold for any text: spans, overlaps, and applying every rewrite. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySuggestions } from "./apply-suggestions.ts";
import { checkVacancyText } from "./check-vacancy-text.ts";
import { CORPUS_EN } from "./fixtures/corpus-en.ts";
import { CORPUS_NL } from "./fixtures/corpus-nl.ts";
import { overlaps } from "./settle-overlaps.ts";
import type { WordingCheck } from "./wording-finding.ts";

/** Lines of the corpus texts: realistic sentences, flagged and clean, to shuffle into new texts. */
const LINES = [
  ...[...CORPUS_NL, ...CORPUS_EN].flatMap((c) => c.text.split("\n").filter((l) => l.trim() !== "")),
  // Every kind of rewrite, in sentences of their own.
  "Ben jij een jonge hond? Wij zoeken jonge honden en een digitaal native.",
  "Een junior kandidaat of senior sollicitanten en aankomend talent zijn welkom.",
  "Je spreekt accentvrij Nederlands op moedertaalniveau, net als onze moedertaalsprekers.",
  "Hij of zij werkt veel manuren; door weinig mankracht zoeken we mannelijke medewerkers.",
  "Je bent assertief, agressief en uitdagend; een uitdagende baan voor een competitief talent.",
  "He or she will log man hours on a manned desk; his or her manager will support him or her.",
  "A youthful team of digital natives looks for a junior candidate with native fluency.",
  "You speak English without an accent or with a neutral accent, like our native speakers.",
  "You are assertive, aggressive, outspoken, headstrong and superior in a challenging role.",
  "Carrying 20 kg and walking for long periods; you must be able to climb and hear alarms.",
  "Je moet kunnen klimmen en sjouwen van 30 kg; een huishoudster, kokkin en timmerman.",
  "Young and energetic salesmen, a handyman and policewomen (m/f) with between 3 and 6 years of experience.",
];

const vacancyLike = fc
  .tuple(
    fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }),
    fc.array(fc.string({ unit: "grapheme", maxLength: 20 }), { maxLength: 3 }),
    fc.constantFrom("\n", "\n\n", "\r\n"),
  )
  .map(([lines, noise, eol]) => [...lines, ...noise].join(eol));

const anyText = fc.oneof(vacancyLike, fc.string({ unit: "binary", maxLength: 300 }));
const languages = fc.constantFrom("auto", "nl", "en") as fc.Arbitrary<"auto" | "nl" | "en">;

function expectWellFormed(text: string, result: WordingCheck): void {
  const ids = new Set<string>();
  for (const f of result.findings) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
    if (f.kind === "missing") expect(f.start).toBe(f.end);
    expect(ids.has(f.id)).toBe(false);
    ids.add(f.id);
  }
  for (const a of result.findings)
    for (const b of result.findings)
      if (a !== b && a.category === b.category) expect(overlaps(a, b), `${a.id} and ${b.id}`).toBe(false);
  for (const s of Object.values(result.summary)) expect(s.score).toBeGreaterThanOrEqual(0);
}

describe("checkVacancyText invariants", () => {
  it("every finding's text is text.slice(start, end); no overlaps within a category", () => {
    fc.assert(
      fc.property(anyText, languages, (text, language) => {
        expectWellFormed(text, checkVacancyText(text, { language }));
      }),
      { seed: 2024, numRuns: 400 },
    );
  });

  it("applying every rewrite leaves a text whose re-check no longer has those findings", () => {
    fc.assert(
      fc.property(vacancyLike, languages, (text, language) => {
        const before = checkVacancyText(text, { language });
        const accepted = before.findings.filter((f) => f.replacement !== null).map((f) => f.id);
        const result = applySuggestions(text, before.findings, accepted);
        expect(result.skipped).toEqual([]);
        const after = checkVacancyText(result.text, { language });
        expectWellFormed(result.text, after);
        for (const a of result.applied) {
          const rule = before.findings.find((f) => f.id === a.id)!.rule;
          const again = after.findings.filter(
            (f) => f.rule === rule && (overlaps(f, a) || (f.start === a.start && f.end === a.end)),
          );
          // A whole-text addition must make its finding disappear altogether.
          const gone = rule.endsWith(".missing") || rule === "title.missing-gender-marker";
          expect(
            gone ? after.findings.filter((f) => f.rule === rule) : again,
            `${a.id} in ${JSON.stringify(result.text)}`,
          ).toEqual([]);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(vacancyLike, (text) => {
        expect(checkVacancyText(text)).toEqual(checkVacancyText(text));
      }),
      { seed: 11, numRuns: 50 },
    );
  });
});
