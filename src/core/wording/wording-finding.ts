import type { Bilingual } from "../screening/vacancy.ts";

/**
 * The result shapes of the vacancy text check (PRODUCT.md 1d, issue 6). A finding points at a span of
 * the text in UTF-16 code units, so `text.slice(start, end) === finding.text` holds in JavaScript in
 * Node and the browser alike, which is what the web needs to highlight it and to apply a suggestion.
 */

export const WORDING_CATEGORIES = [
  "gender",
  "age",
  "language",
  "ableist",
  "title",
  "requirements",
  "salary",
  "accommodation",
] as const;
export type WordingCategory = (typeof WORDING_CATEGORIES)[number];

/** The language of a vacancy text; "undefined" when it could not be told (too short or mixed). */
export type TextLanguage = "nl" | "en";

/**
 * How strong the ground for a rule is:
 *  - law: a statute or a ruling of the Netherlands Institute for Human Rights (College) says so;
 *  - guidance: official guidance or good practice (College Vacaturecheck, Taalunie, the SER network);
 *  - research: a study found an effect (e.g. gender-coded words); a hint, not a legal violation.
 */
export type WordingBasis = "law" | "guidance" | "research";

/**
 * - span: the words in [start, end) are the problem;
 * - missing: something the text should say is absent; start = end = the place where a suggested
 *   insertion would go (`text` is then ""), e.g. the end of the text for an accommodation statement.
 */
export type FindingKind = "span" | "missing";

export interface WordingFinding {
  /** Stable within a result and across re-checks of an unchanged prefix: `${rule}@${start}`. */
  readonly id: string;
  readonly category: WordingCategory;
  /** The rule's stable id, e.g. "age.young" (the catalogue is WORDING_RULES). */
  readonly rule: string;
  readonly kind: FindingKind;
  readonly basis: WordingBasis;
  /** Offsets in UTF-16 code units into the checked text: `text.slice(start, end) === this.text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Why it matters, citing the law or the study. */
  readonly explanation: Bilingual;
  /** What to write instead, as advice in both languages of the product. */
  readonly suggestion: Bilingual;
  /**
   * The neutral rewrite of `text`, in the language of the vacancy, that `applySuggestions` puts in its
   * place; null when only a person can write it (an age limit to justify, a salary to state).
   */
  readonly replacement: string | null;
}

/** How the language of the text was settled. */
export interface LanguageDetection {
  /** "given" when the caller named the language; otherwise the stop-word ratio decided. */
  readonly method: "given" | "stop-words";
  readonly language: TextLanguage | "undefined";
  /** Function words counted per language (0 when given). */
  readonly nl: number;
  readonly en: number;
  readonly words: number;
  /** Why the language is undefined, when it is. */
  readonly reason?: Bilingual;
}

export interface CategorySummary {
  readonly count: number;
  /** 0–100; 100 means nothing found. See `categoryScore` for the formula. */
  readonly score: number;
}

/** The balance of gender-coded words, with the thresholds of gender-decoder (MIT, K. Matfield). */
export interface GenderCoding {
  readonly masculine: number;
  readonly feminine: number;
  readonly coding: "none" | "neutral" | "feminine" | "strongly-feminine" | "masculine" | "strongly-masculine";
}

/** The result of `checkVacancyText`: the public JSON contract "aware.wording/1". */
export interface WordingCheck {
  readonly schema: "aware.wording/1";
  /** The language whose rules ran; "undefined": both languages' phrase rules ran, no coded-word lists. */
  readonly language: TextLanguage | "undefined";
  readonly detection: LanguageDetection;
  /** Sorted by start, then by category order, then by rule. */
  readonly findings: readonly WordingFinding[];
  readonly summary: Readonly<Record<WordingCategory, CategorySummary>>;
  readonly gender: GenderCoding;
  /** Items counted under a requirements heading (null when no such heading was found). */
  readonly requirements: { readonly items: number; readonly limit: number } | null;
}
