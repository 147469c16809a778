import type { Token } from "./tokens.ts";
import type { TextLanguage } from "./wording-finding.ts";
import type { WordingRuleId } from "./wording-rules.ts";

/** A match of a phrase entry, with its neighbours, for replacements and exceptions. */
export interface PhraseHit {
  /** The token that met each step of the pattern (undefined for a skipped optional step). */
  readonly words: readonly (Token | undefined)[];
  /** Every token from the first to the last step, gaps included. */
  readonly tokens: readonly Token[];
  /** The word before and after the match in the same sentence, if any. */
  readonly before: Token | undefined;
  readonly after: Token | undefined;
  /** The matched text as written. */
  readonly text: string;
  /** The whole text and its tokens, for rules that look further. */
  readonly fullText: string;
  readonly allTokens: readonly Token[];
}

/**
 * One entry of a word list: the patterns (see phrase-pattern.ts) of one rule in one language, with
 * the neutral rewrite and the exceptions (known false positives) that belong to them.
 */
export interface PhraseEntry {
  readonly rule: WordingRuleId;
  readonly language: TextLanguage;
  readonly patterns: readonly string[];
  /** The rewrite in the text's language (its case follows the original), or null for a person to write. */
  readonly replacement?: string | ((hit: PhraseHit) => string | null);
  /** A known false positive: skip the match when this returns true. */
  readonly unless?: (hit: PhraseHit) => boolean;
}

/** The step tokens' lower-case forms, "" for a skipped step: handy in replacements. */
export const stepWords = (hit: PhraseHit): string[] => hit.words.map((t) => t?.lower ?? "");

/** The text from the end of step `k` to the end of the match ("" when k is the last step). */
export function textAfterStep(hit: PhraseHit, k: number): string {
  const token = hit.words[k];
  const last = hit.tokens[hit.tokens.length - 1];
  if (token === undefined || last === undefined) return "";
  return hit.fullText.slice(token.end, last.end);
}
