import { NICE_TO_HAVE_HEADINGS, REQUIREMENT_HEADINGS } from "./data/section-headings.ts";
import type { RawFinding } from "./raw-finding.ts";
import { textLines } from "./text-lines.ts";
import type { TextLanguage } from "./wording-finding.ts";

/**
 * The gender marker of the job title, "(m/v/x)" in Dutch ads (Taalunie; College Vacaturecheck). The
 * title is the first line with text when it reads like a title: short, not a sentence, not a section
 * heading. "(m/v)" or "(m/f)" leaves out non-binary people (AWGB since 2019) and gets the x added; a
 * Dutch title without a marker gets "(m/v/x)" as an insertion at its end. English ads do not use
 * markers, so an English title without one is no finding.
 */
const MARKER =
  /\(\s*(?:[mvwfhdx]|nb)\s*(?:\/\s*(?:[mvwfhdx]|nb)\s*){1,3}\)|(?<![\p{L}/])[mvwfhdx](?:\s*\/\s*(?:[mvwfhdx]|nb)){1,3}(?![\p{L}/])|\(?\s*(?:all|alle) genders?\s*\)?/iu;
const INCLUSIVE = /x|d|nb|gender/i;

const NOT_TITLES = new Set([
  ...REQUIREMENT_HEADINGS,
  ...NICE_TO_HAVE_HEADINGS,
  "over ons",
  "wie zijn wij",
  "wie zijn we",
  "about us",
  "who we are",
  "vacature",
  "vacancy",
  "functieomschrijving",
  "job description",
  "de functie",
  "the role",
  "the job",
]);

export interface JobTitle {
  readonly start: number;
  readonly end: number;
}

/** The span of the title line's text (trimmed), or null when the first line is no title. */
export function jobTitle(text: string): JobTitle | null {
  const line = textLines(text).find((l) => l.text.trim() !== "");
  if (line === undefined) return null;
  const content = line.text.trim();
  const start = line.start + line.text.indexOf(content);
  const words = content.split(/\s+/).length;
  const bare = content
    .replace(/^[#*_\s]+|[*_:\s]+$/g, "")
    .toLocaleLowerCase()
    .trim();
  if (content.length > 100 || words > 12 || /[.!?]$/.test(content) || NOT_TITLES.has(bare)) return null;
  return { start, end: start + content.length };
}

export function titleMarkerFindings(text: string, language: TextLanguage | "undefined"): RawFinding[] {
  const title = jobTitle(text);
  if (title === null) return [];
  const line = text.slice(title.start, title.end);
  const marker = MARKER.exec(line);
  if (marker !== null) {
    if (INCLUSIVE.test(marker[0])) return [];
    const start = title.start + marker.index;
    const written = marker[0];
    const replacement = written.endsWith(")") ? `${written.slice(0, -1).trimEnd()}/x)` : `${written}/x`;
    return [{ rule: "title.binary-marker", start, end: start + written.length, replacement }];
  }
  if (language !== "nl") return [];
  return [
    {
      rule: "title.missing-gender-marker",
      kind: "missing",
      start: title.end,
      end: title.end,
      replacement: " (m/v/x)",
    },
  ];
}
