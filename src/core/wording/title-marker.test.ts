import { describe, expect, it } from "vitest";
import { jobTitle, titleMarkerFindings } from "./title-marker.ts";

const findings = (text: string, language: "nl" | "en" | "undefined" = "nl") =>
  titleMarkerFindings(text, language).map((f) => ({
    rule: f.rule,
    text: text.slice(f.start, f.end),
    at: f.start,
    r: f.replacement,
  }));

describe("the job title's gender marker", () => {
  it.each([
    "Verpleegkundige (m/v/x)",
    "Verpleegkundige (v/m/x)",
    "Developer (m/w/d)",
    "Engineer (all genders)",
    "Kok m/v/x",
  ])("accepts '%s'", (title) => expect(findings(`${title}\n\nTekst.`)).toEqual([]));

  it("adds the x to a binary marker", () => {
    expect(findings("Kok (m/v)\n")).toEqual([
      { rule: "title.binary-marker", text: "(m/v)", at: 4, r: "(m/v/x)" },
    ]);
    expect(findings("Cook (M/F)\n", "en")).toEqual([
      { rule: "title.binary-marker", text: "(M/F)", at: 5, r: "(M/F/x)" },
    ]);
  });

  it("asks for (m/v/x) after a Dutch title without one, as an insertion at its end", () => {
    expect(findings("  # Kok  \n\nTekst.")).toEqual([
      { rule: "title.missing-gender-marker", text: "", at: 7, r: " (m/v/x)" },
    ]);
    expect(findings("Cook\n\nText.", "en")).toEqual([]);
  });

  it("does not take a sentence or a section heading for a title", () => {
    expect(jobTitle("Wij zoeken een kok die van koken houdt.\n")).toBeNull();
    expect(jobTitle("Over ons\n\nWij zijn een bakkerij.")).toBeNull();
    expect(jobTitle("\n\n")).toBeNull();
    expect(jobTitle("\n  Kok\n")).toEqual({ start: 3, end: 6 });
  });
});
