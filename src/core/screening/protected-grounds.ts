import { fieldWords } from "./field-name.ts";
import type { Bilingual } from "./vacancy.ts";

/**
 * Grounds on which selection is direct discrimination, with the law that forbids it. Dutch: Algemene
 * wet gelijke behandeling (AWGB) art. 1 and 5, which counts pregnancy as sex (art. 1 lid 2); Wet
 * gelijke behandeling op grond van leeftijd bij de arbeid (WGBL); Wet gelijke behandeling op grond
 * van handicap of chronische ziekte (WGBH/CZ). EU: Directives 2000/43/EC (race, ethnic origin),
 * 2000/78/EC (religion, disability, age, sexual orientation) and 2006/54/EC (sex, art. 2(2)(c)
 * pregnancy). Patterns match a field name as words (see `fieldWords`).
 */
export interface ProtectedGround {
  readonly id: string;
  readonly pattern: RegExp;
  readonly name: Bilingual;
  readonly law: string;
}

export const PROTECTED_GROUNDS: readonly ProtectedGround[] = [
  {
    id: "age",
    pattern: /\bages?\b|leeftijd|(?<!country of )birth(?!place)|geboorte(?!land|plaats)/,
    name: { nl: "leeftijd", en: "age" },
    law: "WGBL art. 3; Directive 2000/78/EC",
  },
  {
    id: "sex",
    pattern: /\bsex\b|\bsexe\b|gender|geslacht/,
    name: { nl: "geslacht", en: "sex or gender" },
    law: "AWGB art. 1 and 5; Directive 2006/54/EC",
  },
  {
    id: "origin",
    pattern:
      /\borigin\b|herkomst|ethnic|etnic|etnisch|\brace\b|\bras\b|nationalit|migration|migratie|allochto|geboorteland|geboorteplaats|birthplace|country of birth/,
    name: { nl: "herkomst, etniciteit of nationaliteit", en: "origin, ethnicity or nationality" },
    law: "AWGB art. 1 and 5; Directive 2000/43/EC",
  },
  {
    id: "religion",
    pattern: /religi|geloof|godsdienst|\bfaith\b|\bbeliefs?\b|levensovertuiging/,
    name: { nl: "godsdienst of levensovertuiging", en: "religion or belief" },
    law: "AWGB art. 1 and 5; Directive 2000/78/EC",
  },
  {
    id: "disability",
    pattern: /disab|handicap|beperking|chronic|chronisch/,
    name: { nl: "handicap of chronische ziekte", en: "disability or chronic illness" },
    law: "WGBH/CZ art. 4; Directive 2000/78/EC",
  },
  {
    id: "pregnancy",
    pattern: /pregnan|zwanger|maternity/,
    name: { nl: "zwangerschap", en: "pregnancy" },
    law: "AWGB art. 1 lid 2; Directive 2006/54/EC art. 2(2)(c)",
  },
  {
    id: "marital-status",
    pattern: /marital|burgerlijke ?staat|civil status|\bmarried\b|gehuwd|getrouwd/,
    name: { nl: "burgerlijke staat", en: "marital status" },
    law: "AWGB art. 1 and 5",
  },
  {
    id: "sexual-orientation",
    pattern: /sexual|seksuele|geaardheid|\blgbt/,
    name: { nl: "seksuele gerichtheid", en: "sexual orientation" },
    law: "AWGB art. 1 and 5; Directive 2000/78/EC",
  },
  {
    id: "political-opinion",
    pattern: /politi.*(opinion|gezindheid|party|partij)/,
    name: { nl: "politieke gezindheid", en: "political opinion" },
    law: "AWGB art. 1 and 5",
  },
];

/** The protected ground a field name refers to, or null. */
export const protectedGroundOf = (field: string): ProtectedGround | null => {
  const words = fieldWords(field);
  return PROTECTED_GROUNDS.find((g) => g.pattern.test(words)) ?? null;
};
