import { describe, expect, it } from "vitest";
import { applySuggestions } from "./apply-suggestions.ts";
import { checkVacancyText } from "./check-vacancy-text.ts";
import { CORPUS_NL } from "./fixtures/corpus-nl.ts";

describe("applySuggestions", () => {
  const text = CORPUS_NL.find((c) => c.name === "nl-jong-en-dynamisch")!.text;
  const { findings } = checkVacancyText(text);
  const id = (rule: string) => findings.find((f) => f.rule === rule)!.id;

  it("puts the accepted rewrites in place and says where they are", () => {
    const accepted = [
      id("age.young-and-dynamic"),
      id("title.missing-gender-marker"),
      id("accommodation.missing"),
    ];
    const result = applySuggestions(text, findings, accepted);
    expect(result.text.startsWith("Medewerker klantenservice (m/v/x)\n")).toBe(true);
    expect(result.text).toContain("Wij zijn een enthousiast team in Utrecht.");
    expect(result.text.endsWith("Laat het ons weten; we bespreken samen wat je nodig hebt.\n")).toBe(true);
    expect(result.skipped).toEqual([]);
    for (const a of result.applied) {
      const f = findings.find((x) => x.id === a.id)!;
      expect(result.text.slice(a.start, a.end)).toBe(f.replacement);
    }
  });

  it("skips what it cannot apply, with the reason", () => {
    const starter = id("age.career-start");
    const edited = text.replace("jong en dynamisch", "jong én dynamisch");
    const result = applySuggestions(edited, findings, [
      starter,
      id("age.young-and-dynamic"),
      "nope@1",
      starter,
    ]);
    expect(result.text).toBe(edited);
    expect(result.skipped).toEqual([
      { id: starter, reason: "no-replacement" },
      { id: id("age.young-and-dynamic"), reason: "stale" },
      { id: "nope@1", reason: "unknown-id" },
    ]);
  });

  it("applies only the first of two overlapping findings, in the order accepted", () => {
    const base = findings.find((f) => f.rule === "age.young-and-dynamic")!;
    const other = {
      ...base,
      id: "other",
      category: "gender" as const,
      start: base.start,
      end: base.start + 4,
      text: "jong",
      replacement: "X",
    };
    const result = applySuggestions(text, [...findings, other], ["other", base.id]);
    expect(result.applied.map((a) => a.id)).toEqual(["other"]);
    expect(result.skipped).toEqual([{ id: base.id, reason: "overlap" }]);
  });

  it("returns the text unchanged when nothing is accepted", () => {
    expect(applySuggestions(text, findings, [])).toEqual({ text, applied: [], skipped: [] });
  });
});
