import type { PhraseEntry, PhraseHit } from "../phrase-entry.ts";

/**
 * Ableist wording, our own compilation. The physical-verb rule follows the idea of the US Department
 * of Labor's ableist-language-detector (MIT): name the function a task needs ("move"), not the body
 * movement ("lift"). Health requirements, the driving licence and figures of speech come from
 * shared/reference/regulation.md §5.3 ("Disability") and §5.4. No list was copied.
 */

/** The function each physical verb stands for (English). */
const FUNCTION_EN: Readonly<Record<string, string>> = {
  lift: "move",
  lifting: "moving",
  carry: "move",
  carrying: "moving",
  stand: "remain in one position",
  standing: "remaining in one position",
  walk: "move around",
  walking: "moving around",
  climb: "reach",
  climbing: "reaching",
  see: "observe",
  hear: "detect",
  speak: "communicate",
};
const FUNCTION_NL: Readonly<Record<string, string>> = {
  tillen: "verplaatsen",
  sjouwen: "verplaatsen",
  klimmen: "op hoogte werken",
};

/** The match with every physical verb in it replaced by the function it stands for. */
const withFunction =
  (map: Readonly<Record<string, string>>) =>
  (hit: PhraseHit): string | null => {
    const verbs = hit.tokens.filter((t) => map[t.lower] !== undefined);
    if (verbs.length === 0) return null;
    const start = hit.tokens[0]!.start;
    let out = "";
    let cursor = start;
    for (const v of verbs) {
      out += hit.fullText.slice(cursor, v.start) + map[v.lower];
      cursor = v.end;
    }
    return out + hit.fullText.slice(cursor, hit.tokens.at(-1)!.end);
  };

/** A driving licence is no finding where the job plainly involves driving. */
const DRIVING_JOB =
  /\b(chauffeurs?|bezorg\w*|koeriers?|vrachtwagen\w*|rijdt|rijden|ritten|drive|drives|deliver\w*|couriers?|truck\w*|taxi\w*)\b/iu;
const drivingJob = (hit: PhraseHit): boolean => {
  const start = hit.tokens[0]!.start;
  const end = hit.tokens.at(-1)!.end;
  return DRIVING_JOB.test(`${hit.fullText.slice(0, start)} ${hit.fullText.slice(end)}`);
};

export const ABLEIST_PHRASES: readonly PhraseEntry[] = [
  {
    rule: "ableist.physical-requirement",
    language: "en",
    patterns: [
      "able|ability|capable to|of ~1 lift|lifting|carry|carrying|stand|standing|walk|walking|climb|climbing|see|hear|speak",
      "must|can lift|carry|climb",
      "stand|standing|walk|walking for long|extended|prolonged periods|hours",
      "lift|lifting|carry|carrying ~2 # kg|kilos|kilograms|pounds|lbs",
    ],
    replacement: withFunction(FUNCTION_EN),
  },
  {
    rule: "ableist.physical-requirement",
    language: "nl",
    patterns: [
      "kunnen|kan|moet|moeten|staat ~2 tillen|sjouwen|bukken|knielen|klimmen|traplopen",
      "tillen|sjouwen van? ~2 # kg|kilo",
      "lang|langdurig|urenlang ~1 kunnen? staan|lopen",
      "goed ~1 kunnen zien|horen",
    ],
    replacement: withFunction(FUNCTION_NL),
  },
  {
    rule: "ableist.health-requirement",
    language: "en",
    patterns: [
      "physically fit|strong|healthy",
      "fit and healthy",
      "in good health",
      "good|excellent physical condition|health",
      "able bodied",
      "good|perfect|excellent eyesight|vision|hearing",
      "no health problems|issues|conditions",
    ],
  },
  {
    rule: "ableist.health-requirement",
    language: "nl",
    patterns: [
      "fysiek|lichamelijk fit|gezond|sterk",
      "goede gezondheid",
      "goede fysieke|lichamelijke conditie|gezondheid",
      "kerngezond|valide",
      "geen gezondheidsproblemen|gezondheidsklachten",
      "goed|uitstekend gezichtsvermogen|gehoor",
      "goede ogen",
    ],
  },
  {
    rule: "ableist.driving-licence",
    language: "en",
    patterns: ["driver's|drivers|driving licence|license|licences|licenses"],
    unless: drivingJob,
  },
  {
    rule: "ableist.driving-licence",
    language: "nl",
    patterns: ["rijbewijs|rijbewijzen|*rijbewijs"],
    unless: drivingJob,
  },
  {
    rule: "ableist.figurative",
    language: "en",
    patterns: ["crazy|insane|insanely|lame|psycho|ocd|retarded|crippled|crippling|spaz", "tone deaf"],
  },
  {
    rule: "ableist.figurative",
    language: "nl",
    patterns: ["gestoord|gestoorde|debiel|debiele|spastisch|spastische|krankzinnig|krankzinnige|mongool"],
  },
];
