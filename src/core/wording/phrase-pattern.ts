import type { Token } from "./tokens.ts";

/**
 * Word patterns written compactly, so the word lists stay readable as data:
 *
 *   "maximaal|max # jaar ~2 ervaring|werkervaring"
 *
 * Steps are separated by spaces; a step is a set of alternatives separated by "|":
 *   word     the token equals it (after lower-casing)
 *   word*    the token starts with it (a stem: "ambitio*" matches "ambitious", "ambition")
 *   *word    the token ends with it (a Dutch compound's head: "*verpleegster" matches "wijkverpleegster")
 *   #        a number, in digits ("5", "3.000") or a word ("vijf", "five")
 *   _        any word
 * A step ending in "?" is optional. "~N" before a step lets up to N other words come first (a small
 * gap: "maximaal 5 jaar relevante werkervaring"). A phrase never crosses a sentence end.
 */
export interface Step {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  readonly number: boolean;
  readonly any: boolean;
  readonly optional: boolean;
  readonly gapBefore: number;
}

export type Pattern = readonly Step[];

const NUMBER_WORDS = new Set(
  (
    "een één twee drie vier vijf zes zeven acht negen tien elf twaalf vijftien twintig dertig veertig " +
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty"
  ).split(" "),
);

export const isNumberToken = (lower: string): boolean =>
  /^\d+(?:[.,]\d+)*$/.test(lower) || NUMBER_WORDS.has(lower);

export function parsePattern(source: string): Pattern {
  const steps: Step[] = [];
  let gap = 0;
  for (const part of source.trim().split(/\s+/)) {
    const gapMatch = /^~(\d+)$/.exec(part);
    if (gapMatch) {
      gap = Number(gapMatch[1]);
      continue;
    }
    const optional = part.length > 1 && part.endsWith("?");
    const body = optional ? part.slice(0, -1) : part;
    const exact = new Set<string>();
    const prefixes: string[] = [];
    const suffixes: string[] = [];
    let number = false;
    let any = false;
    for (const alt of body.split("|")) {
      if (alt === "") throw new RangeError(`parsePattern: empty alternative in "${source}"`);
      if (alt === "#") number = true;
      else if (alt === "_") any = true;
      else if (alt.length > 1 && alt.endsWith("*")) prefixes.push(alt.slice(0, -1));
      else if (alt.length > 1 && alt.startsWith("*")) suffixes.push(alt.slice(1));
      else exact.add(alt);
    }
    steps.push({ exact, prefixes, suffixes, number, any, optional, gapBefore: gap });
    gap = 0;
  }
  if (steps.length === 0 || steps[0]!.optional)
    throw new RangeError(`parsePattern: "${source}" must start with a required step`);
  return steps;
}

export function stepMatches(step: Step, lower: string): boolean {
  return (
    step.any ||
    step.exact.has(lower) ||
    (step.number && isNumberToken(lower)) ||
    step.prefixes.some((p) => lower.startsWith(p)) ||
    step.suffixes.some((s) => lower.endsWith(s))
  );
}

/** A match: the tokens that met each step (undefined for a skipped optional step), first to last. */
export interface PatternMatch {
  readonly first: number;
  readonly last: number;
  readonly steps: readonly (Token | undefined)[];
}

/** The longest match of the pattern starting at token `i`, or null. */
export function matchAt(tokens: readonly Token[], i: number, pattern: Pattern): PatternMatch | null {
  const sentence = tokens[i]?.sentence;
  if (sentence === undefined) return null;
  let best: PatternMatch | null = null;
  const walk = (k: number, next: number, taken: (Token | undefined)[], last: number) => {
    if (k === pattern.length) {
      if (last >= i && (best === null || last > best.last)) best = { first: i, last, steps: [...taken] };
      return;
    }
    const step = pattern[k]!;
    const maxGap = k === 0 ? 0 : step.gapBefore;
    for (let gap = 0; gap <= maxGap; gap++) {
      const token = tokens[next + gap];
      if (token === undefined || token.sentence !== sentence) break;
      if (stepMatches(step, token.lower)) {
        taken.push(token);
        walk(k + 1, next + gap + 1, taken, next + gap);
        taken.pop();
      }
    }
    if (step.optional && k > 0) {
      taken.push(undefined);
      walk(k + 1, next, taken, last);
      taken.pop();
    }
  };
  walk(0, i, [], -1);
  return best;
}

/** Every match of any of the patterns, at most one (the longest) per starting token. */
export function findMatches(tokens: readonly Token[], patterns: readonly Pattern[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: PatternMatch | null = null;
    const lower = tokens[i]!.lower;
    for (const pattern of patterns) {
      if (!stepMatches(pattern[0]!, lower)) continue;
      const m = matchAt(tokens, i, pattern);
      if (m !== null && (best === null || m.last > best.last)) best = m;
    }
    if (best !== null) out.push(best);
  }
  return out;
}
