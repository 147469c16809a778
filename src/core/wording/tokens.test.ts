import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fallbackWordSegments, tokenize } from "./tokens.ts";

describe("tokenize", () => {
  it("gives offsets into the original text, diacritics and apostrophes inside the word", () => {
    const text = "Coöperatieve collega’s, één café — naïeve Zorg-medewerker!";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      "Coöperatieve",
      "collega’s",
      "één",
      "café",
      "naïeve",
      "Zorg",
      "medewerker",
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[1]!.lower).toBe("collega's");
    expect(tokens[0]!.lower).toBe("coöperatieve");
  });

  it("compares decomposed accents as composed ones (NFC) without moving the offsets", () => {
    const text = "coo\u0308peratief team";
    const [first] = tokenize(text);
    expect(first!.lower).toBe("coöperatief");
    expect(text.slice(first!.start, first!.end)).toBe("coo\u0308peratief");
  });

  it("numbers sentences at . ! ? ; and line breaks, but not after 'max.' or 'bijv.'", () => {
    const tokens = tokenize("Jong team. Max. 5 jaar; bijv. Excel\nnieuw");
    const sentence = Object.fromEntries(tokens.map((t) => [t.lower, t.sentence]));
    expect(sentence.team).toBe(0);
    expect(sentence.max).toBe(1);
    expect(sentence["5"]).toBe(1);
    expect(sentence.bijv).toBe(2);
    expect(sentence.excel).toBe(2);
    expect(sentence.nieuw).toBe(3);
    expect(tokens.at(-1)!.line).toBe(1);
  });

  it("keeps offsets right for any Unicode text (surrogate pairs, emoji, RTL)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
      { seed: 6, numRuns: 300 },
    );
  });

  it("splits a long line in pieces without losing or moving a word", () => {
    const text = Array.from({ length: 800 }, (_, i) => `woord${i} en`).join(" ");
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(1600);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual([...fallbackWordSegments(text)].map((s) => s.segment));
  });

  it("has a fallback that splits plain Dutch and English like Intl.Segmenter", () => {
    const text = "Wij zoeken een ervaren verpleegkundige met 3.000 uur praktijk, you're welcome; e-mail ons!";
    const viaSegmenter = tokenize(text).map((t) => [t.text, t.start]);
    const viaFallback = [...fallbackWordSegments(text)].map((s) => [s.segment, s.index]);
    expect(viaFallback).toEqual(viaSegmenter);
  });
});
