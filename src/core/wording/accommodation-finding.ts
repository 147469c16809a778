import {
  ACCOMMODATION_STATEMENT,
  ADJUSTMENT_WORDS,
  DISABILITY_WORDS,
  PROCEDURE_WORDS,
  SUPPORT_WORDS,
} from "./data/accommodation-terms.ts";
import type { RawFinding } from "./raw-finding.ts";
import { endOfContent } from "./text-lines.ts";
import type { Token } from "./tokens.ts";
import type { TextLanguage } from "./wording-finding.ts";

const has = (words: readonly string[], stems: readonly string[]) =>
  words.some((w) => stems.some((s) => w.startsWith(s)));

/**
 * True when a sentence offers adjustments: a word for an adjustment or support together with a word
 * for disability or chronic illness, or a word for an adjustment together with the procedure
 * ("aanpassingen in de sollicitatieprocedure", "reasonable adjustments during the interview").
 */
export function hasAccommodationStatement(tokens: readonly Token[]): boolean {
  const sentences = new Map<number, string[]>();
  for (const t of tokens) {
    const words = sentences.get(t.sentence) ?? [];
    words.push(t.lower);
    sentences.set(t.sentence, words);
  }
  for (const words of sentences.values()) {
    const adjustment = has(words, ADJUSTMENT_WORDS);
    if ((adjustment || has(words, SUPPORT_WORDS)) && has(words, DISABILITY_WORDS)) return true;
    if (adjustment && has(words, PROCEDURE_WORDS)) return true;
  }
  return false;
}

/** A missing statement is a finding at the end of the text, with a statement to add (WGBH/CZ). */
export function accommodationFindings(
  text: string,
  tokens: readonly Token[],
  language: TextLanguage | "undefined",
): RawFinding[] {
  if (hasAccommodationStatement(tokens)) return [];
  const at = endOfContent(text);
  const statement = language === "undefined" ? null : `\n\n${ACCOMMODATION_STATEMENT[language]}`;
  return [{ rule: "accommodation.missing", kind: "missing", start: at, end: at, replacement: statement }];
}
