import type { PhraseEntry, PhraseHit } from "../phrase-entry.ts";

/**
 * English gender-coded words: the masculine and feminine lists of Gaucher, Friesen & Kay (2011),
 * Appendix A, written here as stems ("ambitio*" = any ending). Single words from a published appendix
 * are facts, not protected text (shared/reference/regulation.md §5.1); the paper is attributed in every
 * finding and in docs/wording-sources.md. We do not ship the paper.
 *
 * Our own additions, not the paper's: the exceptions below (known false positives of prefix matching,
 * regulation.md §5.1 caveats) and the neutral rewrites of a few masculine words (checked against both
 * lists, so a rewrite is never coded itself).
 */
export const MASCULINE_EN = [
  "active",
  "adventurous",
  "aggress*",
  "ambitio*",
  "analy*",
  "assert*",
  "athlet*",
  "autonom*",
  "boast*",
  "challeng*",
  "compet*",
  "confident",
  "courag*",
  "decide",
  "decisive",
  "decision*",
  "determin*",
  "dominant",
  "domina*",
  "force*",
  "greedy",
  "headstrong",
  "hierarch*",
  "hostil*",
  "impulsive",
  "independen*",
  "individual*",
  "intellect*",
  "lead*",
  "logic",
  "masculine",
  "objective",
  "opinion",
  "outspoken",
  "persist",
  "principle*",
  "reckless",
  "stubborn",
  "superior",
  "self confiden*",
  "self sufficien*",
  "self relian*",
] as const;

export const FEMININE_EN = [
  "affectionate",
  "child*",
  "cheer*",
  "commit*",
  "communal",
  "compassion*",
  "connect*",
  "considerate",
  "cooperat*",
  "co operat*",
  "depend*",
  "emotiona*",
  "empath*",
  "feminine",
  "flatterable",
  "gentle",
  "honest",
  "interpersonal",
  "interdependen*",
  "interpersona*",
  "kind",
  "kinship",
  "loyal*",
  "modesty",
  "nag",
  "nurtur*",
  "pleasant*",
  "polite",
  "quiet*",
  "respon*",
  "sensitiv*",
  "submissive",
  "support*",
  "sympath*",
  "tender*",
  "together*",
  "trust*",
  "understand*",
  "warm*",
  "whin*",
  "yield*",
] as const;

/** Words a stem catches that do not carry its meaning (job titles, nouns of another sense). */
const NOT_CODED = [
  /^analysts?$/, // a job title, not "analytical"
  /^competen/, // competence, competent: not "competitive"
  /^responsibilit/, // every ad's "Responsibilities" heading
  /^respons(e|es)$/,
  /^dependenc/, // software dependencies
  /^depend(ing|s)$/,
  /^connect(ivity|ors?)$/,
  /^committees?$/,
];

/** Words after "competitive" that make it about pay, which the salary check handles. */
const PAY_WORDS = new Set([
  "salary",
  "salaries",
  "pay",
  "package",
  "compensation",
  "wage",
  "wages",
  "rate",
  "rates",
  "remuneration",
  "benefits",
  "rewards",
]);

export function notCodedEn(hit: PhraseHit): boolean {
  const word = hit.words[hit.words.length - 1]?.lower ?? "";
  if (NOT_CODED.some((re) => re.test(word))) return true;
  if (word.startsWith("compet") && hit.after !== undefined && PAY_WORDS.has(hit.after.lower)) return true;
  if (word === "kind" && hit.after?.lower === "of") return true;
  return false;
}

/** Neutral words for some masculine-coded ones (exact forms only). */
export const NEUTRAL_EN: Readonly<Record<string, string>> = {
  ambitious: "motivated",
  aggressive: "proactive",
  competitive: "motivated",
  assertive: "clear",
  stubborn: "persevering",
  headstrong: "persevering",
  outspoken: "open",
  superior: "excellent",
  challenging: "varied",
};

export const GENDER_CODED_EN: readonly PhraseEntry[] = [
  {
    rule: "gender.masculine-coded",
    language: "en",
    patterns: MASCULINE_EN,
    unless: notCodedEn,
    replacement: (hit) => NEUTRAL_EN[hit.text.toLowerCase()] ?? null,
  },
  { rule: "gender.feminine-coded", language: "en", patterns: FEMININE_EN, unless: notCodedEn },
];
