/**
 * A statement that the employer makes adjustments for disability or chronic illness (WGBH/CZ), our own
 * compilation: a sentence with a word for an adjustment and a word for a disability or for the
 * procedure, or one of the set phrases. Compared as prefixes of lower-cased words.
 */
export const ADJUSTMENT_WORDS: readonly string[] = [
  "aanpassing",
  "voorziening",
  "toegankelijk",
  "adjustment",
  "accommodation",
  "accommodate",
  "accessib",
];

/** Weaker words that count only beside a word for disability ("support for disabled candidates"). */
export const SUPPORT_WORDS: readonly string[] = ["ondersteuning", "hulpmiddel", "support", "adapt", "help"];

export const DISABILITY_WORDS: readonly string[] = [
  "beperking",
  "functiebeperking",
  "arbeidsbeperking",
  "handicap",
  "chronisch",
  "ziekte",
  "neurodivers",
  "disabilit",
  "disabled",
  "chronic",
  "illness",
  "impairment",
  "neurodivergent",
  "neurodiver",
];

/** Words for the procedure: with an adjustment word (not a support word) they make a statement too. */
export const PROCEDURE_WORDS: readonly string[] = [
  "sollicitatie",
  "selectie",
  "procedure",
  "gesprek",
  "assessment",
  "recruitment",
  "interview",
  "application",
  "hiring",
];

/** Sentences (NL and EN) that a missing statement can be fixed with. */
export const ACCOMMODATION_STATEMENT = {
  nl: "Heb je een functiebeperking of chronische ziekte en heb je een aanpassing nodig in de sollicitatieprocedure of in het werk? Laat het ons weten; we bespreken samen wat je nodig hebt.",
  en: "If you have a disability or chronic illness and would like reasonable adjustments in the application process or in the job, please let us know. We will discuss them with you.",
} as const;
