import type { PhraseEntry, PhraseHit } from "../phrase-entry.ts";

/**
 * Gendered wording other than coded adjectives, our own compilation: the candidate as "he", words built
 * on "man", and asking for a man or a woman (shared/reference/regulation.md §5.3 "Sex"). Stated
 * preferential policy ("bij gelijke geschiktheid", "at equal suitability") is not a finding.
 */

const EQUAL_SUITABILITY = /bij gelijke geschiktheid|at equal suitability|equally (qualified|suitable)/i;
const JOINED = new Set(["of", "en", "or", "and"]);
const SEX_WORDS = new Set(
  "man mannen vrouw vrouwen dame dames heer heren mannelijke vrouwelijke male female men women lady gentleman".split(
    " ",
  ),
);
/** Preferential policy, or both sexes named ("een man of vrouw", "male and female candidates"). */
function notAPreference(hit: PhraseHit): boolean {
  if (EQUAL_SUITABILITY.test(hit.fullText)) return true;
  const { after, before, allTokens } = hit;
  const beyond = after === undefined ? undefined : allTokens[after.index + 1];
  const behind = before === undefined ? undefined : allTokens[before.index - 1];
  return (
    (JOINED.has(after?.lower ?? "") && SEX_WORDS.has(beyond?.lower ?? "")) ||
    (JOINED.has(before?.lower ?? "") && SEX_WORDS.has(behind?.lower ?? ""))
  );
}

/** "vrouwelijke collega's" → "collega's": drop the word that names the sex. */
const dropFirstWord = (hit: PhraseHit) => {
  const first = hit.words[0];
  const second = hit.words[1];
  return first !== undefined && second !== undefined
    ? hit.fullText.slice(second.start, hit.tokens.at(-1)!.end)
    : null;
};

export const GENDERED_WORDING: readonly PhraseEntry[] = [
  {
    rule: "gender.pronoun",
    language: "en",
    patterns: ["he or? she", "she or? he", "s he"],
    replacement: "they",
  },
  { rule: "gender.pronoun", language: "en", patterns: ["his or? her", "her or? his"], replacement: "their" },
  { rule: "gender.pronoun", language: "en", patterns: ["him or? her", "her or? him"], replacement: "them" },
  { rule: "gender.pronoun", language: "en", patterns: ["he|him|his|himself"] },
  { rule: "gender.pronoun", language: "nl", patterns: ["hij|hem"] },
  { rule: "gender.gendered-term", language: "en", patterns: ["manpower"], replacement: "workforce" },
  {
    rule: "gender.gendered-term",
    language: "en",
    patterns: ["man hours|hour"],
    replacement: "working hours",
  },
  { rule: "gender.gendered-term", language: "en", patterns: ["manned"], replacement: "staffed" },
  { rule: "gender.gendered-term", language: "nl", patterns: ["mankracht"], replacement: "personeel" },
  { rule: "gender.gendered-term", language: "nl", patterns: ["manuren"], replacement: "arbeidsuren" },
  {
    rule: "gender.sex-preference",
    language: "nl",
    patterns: [
      "mannelijke|vrouwelijke kandidaat|kandidaten|collega|collega's|medewerker|medewerkers|sollicitant|sollicitanten|versterking",
    ],
    unless: notAPreference,
    replacement: dropFirstWord,
  },
  {
    rule: "gender.sex-preference",
    language: "nl",
    patterns: [
      "zoeken|zoekt|zoek wij|we? een man|vrouw|dame|heer|jongeman|jongedame",
      "alleen|uitsluitend mannen|vrouwen|dames|heren",
      "bij voorkeur een? man|vrouw|dame|heer|mannelijk|vrouwelijk",
    ],
    unless: notAPreference,
  },
  {
    rule: "gender.sex-preference",
    language: "en",
    patterns: ["male|female candidate|candidates|applicant|applicants|colleague|colleagues|staff"],
    unless: notAPreference,
    replacement: dropFirstWord,
  },
  {
    rule: "gender.sex-preference",
    language: "en",
    patterns: [
      "looking for a man|woman|lady|gentleman|guy|girl",
      "men|women only",
      "only men|women",
      "preferably a? male|female|man|woman",
    ],
    unless: notAPreference,
  },
];
