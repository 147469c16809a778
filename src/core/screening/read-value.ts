import { CEFR_LEVELS, type CefrLevel } from "./vacancy.ts";

/**
 * Reading a candidate's text. Each reader returns null for text it cannot read, so the engine can
 * send the candidate to a person instead of counting a typo as "no".
 */

/** A number, with a decimal point or (Dutch) decimal comma: "3", "2,5", "-1.25". */
export const readNumber = (text: string): number | null => {
  const t = text.trim();
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(",", "."));
};

const YES = new Set(["1", "yes", "y", "true", "ja", "j", "waar"]);
const NO = new Set(["0", "no", "n", "false", "nee", "onwaar"]);

/** Yes or no in English or Dutch; null for anything else ("in progress", "?"). */
export const readYes = (text: string): boolean | null => {
  const t = text.trim().toLowerCase();
  return YES.has(t) ? true : NO.has(t) ? false : null;
};

/** A CEFR level, possibly with a suffix ("b2", "B1+", "C1 (certificate)"); null otherwise. */
export const readCefr = (text: string): CefrLevel | null => {
  const m = /^([abc][12])(?![0-9a-z])/i.exec(text.trim());
  const level = m?.[1]?.toUpperCase();
  return (CEFR_LEVELS as readonly string[]).includes(level ?? "") ? (level as CefrLevel) : null;
};

/** A list separated by ";" or ",", items trimmed and lower case, empty items dropped. */
export const readList = (text: string): string[] =>
  text
    .split(/[;,]/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");

/** Text compared case-insensitively and trimmed. */
export const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
