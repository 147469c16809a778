import type { Language } from "../i18n/language.ts";
import type { GenderCoding, WordingBasis, WordingCategory, WordingCheck } from "./wording-finding.ts";

/** The words of the text and Markdown views, in Dutch and English. */
export const WORDING_LABELS = {
  en: {
    title: "Vacancy text check",
    source: "Text",
    stdin: "standard input",
    language: "Language",
    nl: "Dutch",
    en: "English",
    undefined: "undefined",
    given: "as given",
    detected: (nl: number, en: number) => `detected from ${nl} Dutch and ${en} English function words`,
    summary: "Summary",
    category: "Category",
    findings: "Findings",
    score: "Score",
    none: "No findings.",
    where: "Where",
    text: "Text",
    rule: "Rule",
    why: "Why",
    advice: "Advice",
    rewrite: "Rewrite",
    missing: "(missing)",
    genderCoding: (m: number, f: number, coding: string) =>
      `gender-coded words: ${m} masculine, ${f} feminine (${coding})`,
    requirements: (items: number, limit: number) => `requirements listed: ${items} (limit ${limit})`,
    scoreNote:
      "Scores: 100 means nothing found; see docs/wording-sources.md for how a score is computed. Hints from research are not legal violations.",
  },
  nl: {
    title: "Vacaturetekstcheck",
    source: "Tekst",
    stdin: "standaardinvoer",
    language: "Taal",
    nl: "Nederlands",
    en: "Engels",
    undefined: "onbepaald",
    given: "opgegeven",
    detected: (nl: number, en: number) => `herkend aan ${nl} Nederlandse en ${en} Engelse functiewoorden`,
    summary: "Samenvatting",
    category: "Categorie",
    findings: "Bevindingen",
    score: "Score",
    none: "Geen bevindingen.",
    where: "Waar",
    text: "Tekst",
    rule: "Regel",
    why: "Waarom",
    advice: "Advies",
    rewrite: "Herschrijving",
    missing: "(ontbreekt)",
    genderCoding: (m: number, f: number, coding: string) =>
      `genderbeladen woorden: ${m} mannelijk, ${f} vrouwelijk (${coding})`,
    requirements: (items: number, limit: number) => `opgesomde eisen: ${items} (grens ${limit})`,
    scoreNote:
      "Scores: 100 betekent niets gevonden; docs/wording-sources.md legt uit hoe een score wordt berekend. Hints uit onderzoek zijn geen wetsovertredingen.",
  },
} as const;

export const CATEGORY_LABELS: Record<Language, Record<WordingCategory, string>> = {
  en: {
    gender: "Gender",
    age: "Age",
    language: "Language",
    ableist: "Disability",
    title: "Job title",
    requirements: "Requirements",
    salary: "Salary",
    accommodation: "Adjustments",
  },
  nl: {
    gender: "Gender",
    age: "Leeftijd",
    language: "Taal",
    ableist: "Beperking",
    title: "Functienaam",
    requirements: "Eisen",
    salary: "Salaris",
    accommodation: "Aanpassingen",
  },
};

export const BASIS_LABELS: Record<Language, Record<WordingBasis, string>> = {
  en: { law: "law", guidance: "guidance", research: "research hint" },
  nl: { law: "wet", guidance: "richtlijn", research: "hint uit onderzoek" },
};

/** "Dutch (detected from 21 Dutch and 0 English function words)" and the reason when undefined. */
export function languageLine(language: Language, check: WordingCheck): string {
  const w = WORDING_LABELS[language];
  const d = check.detection;
  const how = d.method === "given" ? w.given : w.detected(d.nl, d.en);
  const reason = d.reason ? ` ${d.reason[language]}` : "";
  return `${w[check.language]} (${how}).${reason}`;
}

export const CODING_LABELS: Record<Language, Record<GenderCoding["coding"], string>> = {
  en: {
    none: "none",
    neutral: "balanced",
    feminine: "feminine",
    "strongly-feminine": "strongly feminine",
    masculine: "masculine",
    "strongly-masculine": "strongly masculine",
  },
  nl: {
    none: "geen",
    neutral: "in evenwicht",
    feminine: "vrouwelijk",
    "strongly-feminine": "sterk vrouwelijk",
    masculine: "mannelijk",
    "strongly-masculine": "sterk mannelijk",
  },
};

/** The input's name for people: "-" is standard input. */
export const sourceName = (language: Language, source: string): string =>
  source === "-" ? `(${WORDING_LABELS[language].stdin})` : source;
