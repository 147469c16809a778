import { describe, expect, it } from "vitest";
import { findMatches, matchAt, parsePattern } from "./phrase-pattern.ts";
import { tokenize } from "./tokens.ts";

const words = (text: string, pattern: string) => {
  const tokens = tokenize(text);
  return findMatches(tokens, [parsePattern(pattern)]).map((m) =>
    text.slice(tokens[m.first]!.start, tokens[m.last]!.end),
  );
};

describe("phrase patterns", () => {
  it("match exact words, stems, compound heads, numbers and any word", () => {
    expect(words("Een ambitieuze, ambitious collega", "ambitio*")).toEqual(["ambitious"]);
    expect(words("De wijkverpleegster en de verpleegster", "*verpleegster")).toEqual([
      "wijkverpleegster",
      "verpleegster",
    ]);
    expect(words("maximaal vijf jaar en maximaal 5 jaar", "maximaal # jaar")).toEqual([
      "maximaal vijf jaar",
      "maximaal 5 jaar",
    ]);
    expect(words("jonge collega's", "jonge _")).toEqual(["jonge collega's"]);
  });

  it("allow a small gap and optional words, and take the longest match", () => {
    expect(words("maximaal 5 jaar relevante werkervaring", "maximaal # jaar ~2 werkervaring")).toEqual([
      "maximaal 5 jaar relevante werkervaring",
    ]);
    expect(
      words("maximaal 5 jaar heel erg veel relevante werkervaring", "maximaal # jaar ~2 werkervaring"),
    ).toEqual([]);
    expect(words("native speaker en native speakers", "native speaker|speakers")).toEqual([
      "native speaker",
      "native speakers",
    ]);
    expect(words("jong en dynamisch, jong dynamisch", "jong en? dynamisch")).toEqual([
      "jong en dynamisch",
      "jong dynamisch",
    ]);
  });

  it("never match across a sentence end", () => {
    expect(words("Wij zijn jong. En dynamisch.", "jong en dynamisch")).toEqual([]);
    expect(words("Wij zijn jong\nen dynamisch", "jong en dynamisch")).toEqual([]);
  });

  it("refuse patterns that cannot work", () => {
    expect(() => parsePattern("")).toThrow(RangeError);
    expect(() => parsePattern("een? man")).toThrow(RangeError);
    expect(() => parsePattern("a||b")).toThrow(RangeError);
    expect(matchAt([], 0, parsePattern("a"))).toBeNull();
  });
});
