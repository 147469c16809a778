import { accommodationFindings } from "./accommodation-finding.ts";
import { ABLEIST_PHRASES } from "./data/ableist-phrases.ts";
import { AGE_PHRASES } from "./data/age-phrases.ts";
import { GENDER_CODED_EN } from "./data/gender-coded-en.ts";
import { GENDER_CODED_NL } from "./data/gender-coded-nl.ts";
import { GENDERED_TITLE_PHRASES } from "./data/gendered-titles.ts";
import { GENDERED_WORDING } from "./data/gendered-wording.ts";
import { LANGUAGE_PHRASES } from "./data/language-phrases.ts";
import { detectLanguage } from "./detect-language.ts";
import { phraseFindings } from "./phrase-findings.ts";
import type { RawFinding } from "./raw-finding.ts";
import { DEFAULT_MAX_REQUIREMENTS, requirementFindings, requirementItems } from "./requirement-list.ts";
import { salaryFindings } from "./salary-findings.ts";
import { settleOverlaps } from "./settle-overlaps.ts";
import { jobTitle, titleMarkerFindings } from "./title-marker.ts";
import { type Token, tokenize } from "./tokens.ts";
import {
  type LanguageDetection,
  type TextLanguage,
  WORDING_CATEGORIES,
  type WordingCheck,
  type WordingFinding,
} from "./wording-finding.ts";
import { WORDING_RULES } from "./wording-rules.ts";
import { genderCoding, wordingSummary } from "./wording-summary.ts";

export interface CheckVacancyTextOptions {
  /** The language of the text; "auto" (the default) tells Dutch from English by function words. */
  readonly language?: TextLanguage | "auto";
  /** Most items under requirement headings before the list is a finding (default 8; an Aware choice). */
  readonly maxRequirements?: number;
}

/** The word lists that run in every language the check uses. */
const PHRASE_LISTS = [
  ...GENDERED_WORDING,
  ...AGE_PHRASES,
  ...LANGUAGE_PHRASES,
  ...ABLEIST_PHRASES,
  ...GENDERED_TITLE_PHRASES,
];

/**
 * Checks a Dutch or English vacancy text for exclusionary wording (PRODUCT.md 1d): gender-coded
 * words, age, native-speaker and accent requirements, ableist wording, gendered job titles and the
 * (m/v/x) marker, a long requirement list, pay information and an accommodation statement. Every
 * finding points at its words by offset, says why it matters (the law or the study) and, where a
 * rewrite can be made without a person, carries it in the text's language for `applySuggestions`.
 *
 * When the language cannot be told, the phrase lists of both languages run (their words hardly
 * overlap), the gender-coded word lists do not ("kind" is English "kind" and Dutch "child"), and
 * additions that need a language have no rewrite.
 */
export function checkVacancyText(text: string, options: CheckVacancyTextOptions = {}): WordingCheck {
  const limit = options.maxRequirements ?? DEFAULT_MAX_REQUIREMENTS;
  if (!(Number.isInteger(limit) && limit >= 0))
    throw new RangeError(`checkVacancyText: maxRequirements must be a whole number ≥ 0, got ${limit}`);
  const wanted = options.language ?? "auto";
  const tokens = tokenize(text, wanted === "auto" ? "nl" : wanted);
  const detection: LanguageDetection =
    wanted === "auto"
      ? detectLanguage(tokens)
      : { method: "given", language: wanted, nl: 0, en: 0, words: tokens.length };
  const language = detection.language;
  const languages: TextLanguage[] = language === "undefined" ? ["nl", "en"] : [language];
  const items = requirementItems(text);
  const requirements = items === null ? null : { items: items.length, limit };

  const raw: RawFinding[] =
    tokens.length === 0
      ? []
      : [
          ...phraseFindings(text, tokens, PHRASE_LISTS, languages),
          ...codedWordFindings(text, tokens, language),
          ...titleMarkerFindings(text, language),
          ...requirementFindings(items, limit),
          ...salaryFindings(text, tokens, languages),
          ...accommodationFindings(text, tokens, language),
        ];
  const findings = WORDING_CATEGORIES.flatMap((category) =>
    settleOverlaps(raw.filter((f) => WORDING_RULES[f.rule].category === category)),
  )
    .map((f) => toFinding(text, f))
    .sort(
      (a, b) =>
        a.start - b.start ||
        WORDING_CATEGORIES.indexOf(a.category) - WORDING_CATEGORIES.indexOf(b.category) ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
    );
  return {
    schema: "aware.wording/1",
    language,
    detection,
    findings,
    summary: wordingSummary(findings, requirements),
    gender: genderCoding(findings),
    requirements,
  };
}

/**
 * Gender-coded words of the text's language, outside the job title: a title ("Support Engineer", "Team
 * Lead") names the job, it does not describe the person wanted.
 */
function codedWordFindings(
  text: string,
  tokens: readonly Token[],
  language: TextLanguage | "undefined",
): RawFinding[] {
  if (language === "undefined") return [];
  const title = jobTitle(text);
  const found = phraseFindings(text, tokens, language === "nl" ? GENDER_CODED_NL : GENDER_CODED_EN, [
    language,
  ]);
  return title === null ? found : found.filter((f) => f.end <= title.start || f.start >= title.end);
}

function toFinding(text: string, f: RawFinding): WordingFinding {
  const rule = WORDING_RULES[f.rule];
  return {
    id: `${f.rule}@${f.start}`,
    category: rule.category,
    rule: f.rule,
    kind: f.kind ?? "span",
    basis: rule.basis,
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    explanation: rule.explanation,
    suggestion: f.suggestion ?? rule.suggestion,
    replacement: f.replacement,
  };
}
