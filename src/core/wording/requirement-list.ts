import { NICE_TO_HAVE_HEADINGS, REQUIREMENT_HEADINGS } from "./data/section-headings.ts";
import type { RawFinding } from "./raw-finding.ts";
import { textLines } from "./text-lines.ts";

/** Default most items under requirement headings before the list is flagged (an Aware choice). */
export const DEFAULT_MAX_REQUIREMENTS = 8;

const BULLET = /^\s*(?:[-*•·–—▪●◦○■□➢►✓✔+]|\d{1,2}[.)])\s+\S/u;
/** An item that says it is a wish, not a requirement. */
const WISH =
  /(?<!\p{L})(pré|pre|pluspunt|een plus|is a plus|nice to have|bonus|preferred|desirable|mooi meegenomen)(?!\p{L})/iu;

const normalise = (line: string) =>
  line
    .replace(/[#*_]/g, "")
    .replace(/[:?!.]+\s*$/u, "")
    .trim()
    .toLocaleLowerCase()
    .replace(/\s+/g, " ");

const startsWithOneOf = (line: string, headings: readonly string[]) =>
  line.length <= 50 && headings.some((h) => line === h || line.startsWith(`${h} `));

/** A known heading, or a Markdown one: it always opens a section. */
const isKnownHeading = (raw: string, norm: string) =>
  /^\s*#/.test(raw) ||
  startsWithOneOf(norm, REQUIREMENT_HEADINGS) ||
  startsWithOneOf(norm, NICE_TO_HAVE_HEADINGS);
/** A short line ending in ":": a heading, or the lead-in of the list right under a heading ("Je hebt:"). */
const isColonLine = (raw: string, norm: string) => /:\s*$/.test(raw) && norm.split(" ").length <= 8;

export interface RequirementItem {
  readonly start: number;
  readonly end: number;
}

/**
 * The bulleted or numbered items under requirement headings ("Wat vragen wij", "Functie-eisen",
 * "Requirements", …), stopping at the next heading or paragraph; items under a "nice to have" heading,
 * or marked as a wish, are not counted. Null when the text has no requirements heading.
 */
export function requirementItems(text: string): RequirementItem[] | null {
  let found = false;
  let inSection = false;
  let started = false;
  const items: RequirementItem[] = [];
  for (const line of textLines(text)) {
    const norm = normalise(line.text);
    if (norm === "") continue;
    const bullet = BULLET.test(line.text);
    if (!bullet && !isKnownHeading(line.text, norm) && isColonLine(line.text, norm) && inSection && !started)
      continue;
    if (!bullet && (isKnownHeading(line.text, norm) || isColonLine(line.text, norm))) {
      inSection =
        startsWithOneOf(norm, REQUIREMENT_HEADINGS) && !startsWithOneOf(norm, NICE_TO_HAVE_HEADINGS);
      found ||= inSection;
      started = false;
      continue;
    }
    if (!inSection) continue;
    if (bullet) {
      started = true;
      if (WISH.test(line.text)) continue;
      const content = line.text.trim();
      const start = line.start + line.text.indexOf(content);
      items.push({ start, end: start + content.length });
    } else if (started && !/^\s/.test(line.text)) {
      // A paragraph after the list ends it; an indented line continues the item above.
      inSection = false;
    }
  }
  return found ? items : null;
}

export function requirementFindings(items: readonly RequirementItem[] | null, limit: number): RawFinding[] {
  if (items === null || items.length <= limit) return [];
  const first = items[0]!;
  const last = items[items.length - 1]!;
  return [
    {
      rule: "requirements.too-many",
      start: first.start,
      end: last.end,
      replacement: null,
      suggestion: {
        en: `${items.length} requirements, more than ${limit}. Keep the ones the job cannot do without; move the rest to 'nice to have' or drop it.`,
        nl: `${items.length} eisen, meer dan ${limit}. Houd de eisen waar de functie niet zonder kan; zet de rest onder 'pré' of laat het weg.`,
      },
    },
  ];
}
