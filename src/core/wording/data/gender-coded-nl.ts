import type { PhraseEntry, PhraseHit } from "../phrase-entry.ts";

/**
 * Dutch gender-coded words: our own compilation (no open, licensed Dutch list exists; the STEMsters
 * normed adjectives have no stated licence and are not used, shared/reference/regulation.md §5.3).
 * Each word names where it comes from:
 *  - ua2014: University of Antwerp study (2014, about 3,700 participants), via secondary sources;
 *  - artra: artra.nl (secondary): words that appeal more to men or to women;
 *  - peus: Peus et al., TU München (German adjectives), via ewmagazine.nl;
 *  - gaucher: our translation of a stem of Gaucher, Friesen & Kay (2011), not validated in Dutch.
 * Every inflected form is listed (adjectives take -e, -ief → -ieve, -eus → -euze), so a compound
 * such as "gebruiksvriendelijk" does not match "vriendelijk". These are research-based hints.
 */
export interface DutchCodedWord {
  readonly forms: readonly string[];
  readonly source: "ua2014" | "artra" | "peus" | "gaucher";
  /** A neutral rewrite per form, where one exists. */
  readonly neutral?: Readonly<Record<string, string>>;
}

export const MASCULINE_NL: readonly DutchCodedWord[] = [
  {
    forms: ["competitief", "competitieve"],
    source: "ua2014",
    neutral: { competitief: "gemotiveerd", competitieve: "gemotiveerde" },
  },
  { forms: ["ervaren"], source: "ua2014" },
  { forms: ["commercieel", "commerciële", "commerciele"], source: "artra" },
  { forms: ["resultaatgericht", "resultaatgerichte"], source: "artra" },
  { forms: ["analytisch", "analytische"], source: "artra" },
  { forms: ["stressbestendig", "stressbestendige"], source: "artra" },
  { forms: ["zelfstandig", "zelfstandige"], source: "artra" },
  {
    forms: ["assertief", "assertieve"],
    source: "peus",
    neutral: { assertief: "duidelijk", assertieve: "duidelijke" },
  },
  {
    forms: ["agressief", "agressieve"],
    source: "peus",
    neutral: { agressief: "proactief", agressieve: "proactieve" },
  },
  {
    forms: ["ambitieus", "ambitieuze"],
    source: "gaucher",
    neutral: { ambitieus: "gemotiveerd", ambitieuze: "gemotiveerde" },
  },
  { forms: ["dominant", "dominante"], source: "gaucher" },
  { forms: ["besluitvaardig", "besluitvaardige"], source: "gaucher" },
  { forms: ["daadkrachtig", "daadkrachtige"], source: "gaucher" },
  { forms: ["doortastend", "doortastende"], source: "gaucher" },
  { forms: ["zelfverzekerd", "zelfverzekerde", "zelfbewust", "zelfbewuste"], source: "gaucher" },
  { forms: ["onafhankelijk", "onafhankelijke", "autonoom", "autonome"], source: "gaucher" },
  {
    forms: ["uitdagend", "uitdagende", "uitdaging", "uitdagingen"],
    source: "gaucher",
    neutral: { uitdagend: "afwisselend", uitdagende: "afwisselende" },
  },
  { forms: ["leider", "leiders", "leiderschap"], source: "gaucher" },
  { forms: ["moedig", "moedige"], source: "gaucher" },
  { forms: ["avontuurlijk", "avontuurlijke"], source: "gaucher" },
  { forms: ["koppig", "koppige"], source: "gaucher" },
  { forms: ["sportief", "sportieve"], source: "gaucher" },
  { forms: ["volhardend", "volhardende"], source: "gaucher" },
  { forms: ["objectief", "objectieve"], source: "gaucher" },
];

export const FEMININE_NL: readonly DutchCodedWord[] = [
  { forms: ["nieuwsgierig", "nieuwsgierige"], source: "ua2014" },
  { forms: ["veelzijdig", "veelzijdige"], source: "ua2014" },
  { forms: ["zorgvuldig", "zorgvuldige"], source: "artra" },
  { forms: ["communicatief", "communicatieve"], source: "artra" },
  { forms: ["betrokken"], source: "artra" },
  { forms: ["creatief", "creatieve"], source: "artra" },
  { forms: ["klantvriendelijk", "klantvriendelijke"], source: "artra" },
  { forms: ["toegewijd", "toegewijde"], source: "peus" },
  { forms: ["empathisch", "empathische", "inlevend", "inlevende", "inlevingsvermogen"], source: "gaucher" },
  { forms: ["zorgzaam", "zorgzame"], source: "gaucher" },
  { forms: ["behulpzaam", "behulpzame"], source: "gaucher" },
  { forms: ["meelevend", "meelevende"], source: "gaucher" },
  { forms: ["sympathiek", "sympathieke"], source: "gaucher" },
  { forms: ["loyaal", "loyale"], source: "gaucher" },
  { forms: ["vriendelijk", "vriendelijke"], source: "gaucher" },
  { forms: ["coöperatief", "coöperatieve", "cooperatief", "cooperatieve"], source: "gaucher" },
  { forms: ["samenwerkingsgericht", "samenwerkingsgerichte"], source: "gaucher" },
  { forms: ["warm", "warme", "hartelijk", "hartelijke"], source: "gaucher" },
  { forms: ["begripvol", "begripvolle"], source: "gaucher" },
  { forms: ["gevoelig", "gevoelige"], source: "gaucher" },
  { forms: ["betrouwbaar", "betrouwbare"], source: "gaucher" },
  { forms: ["bescheiden"], source: "gaucher" },
  { forms: ["beleefd", "beleefde"], source: "gaucher" },
  { forms: ["verbindend", "verbindende"], source: "gaucher" },
  { forms: ["interpersoonlijk", "interpersoonlijke"], source: "gaucher" },
];

/** Uses of a listed form in another sense. */
function notCodedNl(hit: PhraseHit): boolean {
  const word = hit.words[0]?.lower ?? "";
  const next = hit.after?.lower;
  // "betrokken bij" = involved in (a task), not the trait.
  if (word === "betrokken" && next === "bij") return true;
  // "als zelfstandige" = as a self-employed person.
  if (word === "zelfstandige" && hit.before?.lower === "als") return true;
  // "een competitief salaris" is about pay, which the salary check handles.
  if (word.startsWith("competitie") && next !== undefined && /^(salaris|beloning|loon|pakket)/.test(next))
    return true;
  return false;
}

const entry = (
  rule: "gender.masculine-coded" | "gender.feminine-coded",
  words: readonly DutchCodedWord[],
): PhraseEntry => {
  const neutral: Record<string, string> = Object.assign({}, ...words.map((w) => w.neutral ?? {}));
  return {
    rule,
    language: "nl",
    patterns: [words.flatMap((w) => w.forms).join("|")],
    unless: notCodedNl,
    replacement: (hit) => neutral[hit.words[0]?.lower ?? ""] ?? null,
  };
};

export const GENDER_CODED_NL: readonly PhraseEntry[] = [
  entry("gender.masculine-coded", MASCULINE_NL),
  entry("gender.feminine-coded", FEMININE_NL),
];
