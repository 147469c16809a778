import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkVacancyText } from "../../../core/wording/check-vacancy-text.ts";
import { textSegments } from "./text-segments.ts";

describe("textSegments", () => {
  it("marks exactly the words of each finding", () => {
    const text = "Wij zoeken een jonge en dynamische verpleegster die native speaker is.";
    const check = checkVacancyText(text, { language: "nl" });
    const segments = textSegments(text, check.findings);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    for (const f of check.findings.filter((x) => x.kind === "span")) {
      const covered = segments
        .filter((s) => s.findingIds.includes(f.id))
        .map((s) => s.text)
        .join("");
      expect(covered).toBe(f.text);
    }
    expect(segments.some((s) => s.findingIds.length > 0)).toBe(true);
  });

  it("covers any text once, in order", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const segments = textSegments(text, checkVacancyText(text).findings);
        expect(segments.map((s) => s.text).join("")).toBe(text);
        segments.forEach((s, i) => {
          if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
        });
      }),
    );
  });
});
