import { numberValue } from "../number-value.ts";
import { type PhraseEntry, type PhraseHit, stepWords, textAfterStep } from "../phrase-entry.ts";
import { isNumberToken } from "../phrase-pattern.ts";

/**
 * Age wording, our own compilation of the phrases that the College voor de Rechten van de Mens, the
 * VU/College 2018 study and Dutch recruitment guides treat as direct or indirect age distinction
 * (shared/reference/regulation.md §5.3 "Age"), with English counterparts and the age-biased terms of
 * vacancy-text tools (§5.4). Facts from law and guidance: no text is copied.
 *
 * Allowed and therefore absent: "junior" and "senior" for the job ("juniorfunctie"), a minimum number
 * of years of experience, "jongeren" and "young people" as the people the job serves
 * ("jongerenwerker", "werken met jonge kinderen"), "jong en oud".
 */

/** Nouns after "jong"/"young" that are the people or things served, not the candidate. */
const NOT_THE_CANDIDATE = new Set(
  (
    "kinderen kind kindje kindjes kids baby's peuters mensen volwassenen ouders gezinnen moeders vaders " +
    "mantelzorgers patiënten cliënten dieren bedrijf organisatie merk bureau onderneming startup start " +
    "people persons children kids adults offenders carers parents families patients clients company " +
    "organisation organization brand business startup animals"
  ).split(" "),
);
const OLD = new Set(["oud", "old", "ouderen"]);
const JOINERS = new Set(["en", "tot", "of", "and", "to", "or"]);

/** "jong en oud", "van jong tot oud", "young and old": everyone, not an age requirement. */
function youngAndOld(hit: PhraseHit): boolean {
  const { after, before, allTokens } = hit;
  const beyond = after === undefined ? undefined : allTokens[after.index + 1];
  const behind = before === undefined ? undefined : allTokens[before.index - 1];
  return (
    (JOINERS.has(after?.lower ?? "") && OLD.has(beyond?.lower ?? "")) ||
    (JOINERS.has(before?.lower ?? "") && OLD.has(behind?.lower ?? ""))
  );
}

/** Words that cannot be the noun "jong"/"young" describes; then only the adjective is marked. */
const FUNCTION_WORDS = new Set(
  (
    "en of dan van te die dat voor met in op aan bij maar als om is zijn ben bent genoeg blijven en " +
    "and or than at of to in is are be for with at heart enough"
  ).split(" "),
);

/**
 * "jonge collega's" → "collega's", "a young team" → "a team": the adjective and its noun are marked
 * and the noun is kept. A "jong" without a noun after it ("ben je jong?") is marked alone, with no
 * rewrite.
 */
const youngWithNoun = (hit: PhraseHit): string | null => hit.words[1]?.text ?? null;
const youngBeforeNounUnless = (hit: PhraseHit): boolean => {
  const noun = hit.words[1]?.lower ?? "";
  return FUNCTION_WORDS.has(noun) || NOT_THE_CANDIDATE.has(noun) || youngAndOld(hit);
};
const youngAloneUnless = (hit: PhraseHit): boolean =>
  NOT_THE_CANDIDATE.has(hit.after?.lower ?? "") ||
  // "jonger dan 35" is the age-limit rule's; "jonger dan 5 jaar" is about something else.
  hit.after?.lower === "dan" ||
  hit.after?.lower === "than" ||
  youngAndOld(hit) ||
  // "een jongere", "de jongere": a young person the job serves (a noun).
  (hit.words[0]?.lower === "jongere" && /^(een|de|elke|iedere|die)$/.test(hit.before?.lower ?? ""));

/** A candidate's age is 14 to 75; other numbers are years of something else ("2 tot 5 jaar", a building). */
const notAnAge = (hit: PhraseHit): boolean =>
  hit.words.some((t) => {
    if (t === undefined || !isNumberToken(t.lower)) return false;
    const n = numberValue(t.lower);
    return !(n >= 14 && n <= 75);
  });

/** The first number of a range, for "at least N years". */
const firstNumber = (hit: PhraseHit): string | undefined =>
  hit.words.find((t) => t !== undefined && isNumberToken(t.lower))?.text;

const rangeToMinimumNl = (hit: PhraseHit): string | null => {
  const k = stepWords(hit).indexOf("jaar");
  const low = firstNumber(hit);
  return low === undefined || k < 0 ? null : `minimaal ${low} jaar${textAfterStep(hit, k)}`;
};
const rangeToMinimumEn = (hit: PhraseHit): string | null => {
  const k = stepWords(hit).findIndex((w) => w === "years" || w === "year");
  const low = firstNumber(hit);
  return low === undefined || k < 0 ? null : `at least ${low} years${textAfterStep(hit, k)}`;
};
const EXPERIENCE_NL = "ervaring|werkervaring";
const YOUNG_NL = "jong|jonge|jonger|jongere|jongste";
const YOUNG_EN = "young|younger|youngest|youthful";
const EXPERIENCE_EN = "experience";

/** "beginnende dementie", "aankomende week": not the candidate. */
const NOT_A_PERSON = new Set(
  (
    "week weken maand maanden jaar jaren periode seizoen zomer winter schooljaar project projecten " +
    "veranderingen ontwikkelingen wijzigingen verhuizing uitbreiding evenementen dementie klachten ziekte " +
    "fase stadium ondernemers ondernemer bedrijven onderneming"
  ).split(" "),
);

export const AGE_PHRASES: readonly PhraseEntry[] = [
  {
    rule: "age.young-and-dynamic",
    language: "nl",
    patterns: ["jong|jonge en? dynamisch|dynamische", "dynamisch|dynamische en? jong|jonge"],
    replacement: (hit) => (stepWords(hit).some((w) => w.endsWith("e")) ? "enthousiaste" : "enthousiast"),
  },
  {
    rule: "age.young-and-dynamic",
    language: "en",
    patterns: ["young and? dynamic|energetic|vibrant", "dynamic|energetic|vibrant and? young"],
    replacement: "enthusiastic",
  },
  {
    rule: "age.go-getter",
    language: "nl",
    patterns: ["jonge hond|honden"],
    replacement: (hit) => (hit.words[1]?.lower === "honden" ? "doorzetters" : "doorzetter"),
  },
  {
    rule: "age.young",
    language: "nl",
    patterns: [`${YOUNG_NL} _`],
    unless: youngBeforeNounUnless,
    replacement: youngWithNoun,
  },
  { rule: "age.young", language: "nl", patterns: [YOUNG_NL], unless: youngAloneUnless },
  {
    rule: "age.young",
    language: "en",
    patterns: [`${YOUNG_EN} _`],
    unless: youngBeforeNounUnless,
    replacement: youngWithNoun,
  },
  { rule: "age.young", language: "en", patterns: [YOUNG_EN], unless: youngAloneUnless },
  {
    rule: "age.limit",
    language: "nl",
    patterns: [
      "tussen # en # jaar oud?",
      "niet ouder|jonger dan # jaar?",
      "ouder|jonger dan # jaar?",
      "maximaal|max|hooguit|hoogstens|tot|vanaf|minimaal|min # jaar oud",
      "# jaar of ouder|jonger",
      "# # jaar oud?",
      "leeftijd|leeftijdsgrens|maximumleeftijd|minimumleeftijd|leeftijdscategorie ~3 # ~2 #? jaar?",
    ],
    unless: notAnAge,
  },
  {
    rule: "age.limit",
    language: "en",
    patterns: [
      "aged between? # and|to? #",
      "between # and # years old",
      "between # and # years of age",
      "under|over|below|above # years old",
      "under|over|below|above # years of age",
      "no|not older|younger than #",
      "older|younger than # years?",
      "# years old or? younger|under|older|over",
      "# years of age or? younger|under|older|over",
      "# # years old",
      "# # years of age",
      "maximum|minimum age ~2 #",
      "age limit|range ~3 #? ~2 #?",
    ],
    unless: notAnAge,
  },
  {
    rule: "age.experience-maximum",
    language: "nl",
    patterns: [
      `maximaal|max|hooguit|hoogstens # jaar ~2 ${EXPERIENCE_NL}`,
      `niet meer dan # jaar ~2 ${EXPERIENCE_NL}`,
      `ten hoogste # jaar ~2 ${EXPERIENCE_NL}`,
    ],
    replacement: (hit) => `relevante ${hit.words.at(-1)?.text ?? "ervaring"}`,
  },
  {
    rule: "age.experience-maximum",
    language: "nl",
    patterns: [
      `tussen # en # jaar ~2 ${EXPERIENCE_NL}`,
      `# tot|à|a # jaar ~2 ${EXPERIENCE_NL}`,
      `# # jaar ~2 ${EXPERIENCE_NL}`,
    ],
    replacement: rangeToMinimumNl,
  },
  {
    rule: "age.experience-maximum",
    language: "en",
    patterns: [
      `no|not more than # years ~2 ${EXPERIENCE_EN}`,
      `at most # years ~2 ${EXPERIENCE_EN}`,
      `maximum|max of? # years ~2 ${EXPERIENCE_EN}`,
      `up to # years ~2 ${EXPERIENCE_EN}`,
    ],
    replacement: "relevant experience",
  },
  {
    rule: "age.experience-maximum",
    language: "en",
    patterns: [
      `between # and # years ~2 ${EXPERIENCE_EN}`,
      `# to # years ~2 ${EXPERIENCE_EN}`,
      `# # years ~2 ${EXPERIENCE_EN}`,
    ],
    replacement: rangeToMinimumEn,
  },
  {
    rule: "age.graduate",
    language: "nl",
    patterns: ["pas|net|recent|recentelijk|onlangs|kort|vers afgestudeerd|afgestudeerde|afgestudeerden"],
    replacement: (hit) => hit.words.at(-1)?.text ?? null,
  },
  {
    rule: "age.graduate",
    language: "nl",
    patterns: [
      "schoolverlater|schoolverlaters",
      "net|vers van school|universiteit|hogeschool",
      "net|vers uit de schoolbanken",
      "afgestudeerd in|na|sinds #",
    ],
  },
  {
    rule: "age.graduate",
    language: "en",
    patterns: ["recent|new|fresh|recently|newly graduate|graduates|graduated|grad|grads"],
    replacement: (hit) => hit.words.at(-1)?.text ?? null,
  },
  {
    rule: "age.graduate",
    language: "en",
    patterns: [
      "school leaver|leavers",
      "fresh out of ~1 college|university|school",
      "graduated within|in the? last|past ~1 # years?",
      "class of #",
    ],
  },
  {
    rule: "age.career-start",
    language: "nl",
    patterns: [
      "starter|starters ~3 arbeidsmarkt?",
      "eerste stap|stappen ~2 carrière|carriere|loopbaan|arbeidsmarkt",
    ],
    // "self-starter" is about initiative, not age.
    unless: (hit) => hit.before?.lower === "self",
  },
  {
    rule: "age.career-start",
    language: "nl",
    patterns: ["beginnend|beginnende|aankomend|aankomende _"],
    unless: (hit) => NOT_A_PERSON.has(hit.words[1]?.lower ?? ""),
    replacement: (hit) => hit.words[1]?.text ?? null,
  },
  {
    rule: "age.career-start",
    language: "en",
    patterns: [
      "first job",
      "first step|steps in|into|of your? career",
      "early in your career",
      "start|starting|launch your career",
    ],
  },
  {
    rule: "age.students",
    language: "nl",
    patterns: [
      "ben|bent je|jij student|studente|scholier|studenten|scholieren",
      "je|jij bent student|studente|scholier",
      "geschikt|ideaal|perfect|leuk voor studenten|scholieren",
      "studenten|scholieren gezocht",
      "naast je|jouw studie|school|opleiding",
    ],
  },
  {
    rule: "age.students",
    language: "en",
    patterns: [
      "are you a? student|students|pupil",
      "you are|you're a? student|pupil",
      "ideal|suitable|perfect|great for students|pupils",
      "students|pupils wanted",
      "alongside|around|next to? your studies",
    ],
  },
  {
    rule: "age.digital-native",
    language: "nl",
    patterns: ["digital|digitaal native|natives"],
    replacement: (hit) =>
      hit.words[1]?.lower === "natives" ? "digitaal vaardige mensen" : "digitaal vaardig",
  },
  {
    rule: "age.digital-native",
    language: "en",
    patterns: ["digital native|natives"],
    replacement: (hit) =>
      hit.words[1]?.lower === "natives" ? "digitally skilled people" : "digitally skilled",
  },
  {
    rule: "age.junior-senior-person",
    language: "nl",
    patterns: ["junior|senior kandidaat|kandidaten|sollicitant|sollicitanten|persoon|personen"],
    replacement: (hit) => `${hit.words[1]?.text ?? "kandidaat"} voor deze ${hit.words[0]?.lower}functie`,
  },
  {
    rule: "age.junior-senior-person",
    language: "en",
    patterns: ["junior|senior candidate|candidates|applicant|applicants|person"],
    replacement: (hit) => `${hit.words[1]?.text ?? "candidate"} for this ${hit.words[0]?.lower} position`,
  },
];
