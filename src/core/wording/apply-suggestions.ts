import { overlaps } from "./settle-overlaps.ts";
import { WORDING_CATEGORIES, type WordingFinding } from "./wording-finding.ts";

/** Two rewrites conflict when they change the same characters; insertions at one point do not. */
const conflict = (a: WordingFinding, b: WordingFinding) =>
  !(a.start === a.end && b.start === b.end) && overlaps(a, b);

export interface AppliedSuggestions {
  /** The text with the accepted rewrites in place. */
  readonly text: string;
  /** Each rewrite applied, with where its new words are in the new text (for highlighting). */
  readonly applied: readonly { readonly id: string; readonly start: number; readonly end: number }[];
  /** Accepted findings not applied, and why. */
  readonly skipped: readonly {
    readonly id: string;
    readonly reason: "no-replacement" | "stale" | "overlap" | "unknown-id";
  }[];
}

/**
 * Puts the rewrites of the accepted findings into the text. A finding is skipped when it has no
 * rewrite, when the text no longer has its words at its offsets (edited since the check: "stale"), or
 * when it changes characters that a finding accepted before it in `acceptedIds` changes ("overlap"). Pure: the web
 * calls it on each click and shows the result; rechecking the result no longer finds what was applied.
 */
export function applySuggestions(
  text: string,
  findings: readonly WordingFinding[],
  acceptedIds: readonly string[],
): AppliedSuggestions {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const chosen: WordingFinding[] = [];
  const skipped: AppliedSuggestions["skipped"][number][] = [];
  for (const id of new Set(acceptedIds)) {
    const f = byId.get(id);
    if (f === undefined) skipped.push({ id, reason: "unknown-id" });
    else if (f.replacement === null) skipped.push({ id, reason: "no-replacement" });
    else if (text.slice(f.start, f.end) !== f.text) skipped.push({ id, reason: "stale" });
    else if (chosen.some((c) => conflict(c, f))) skipped.push({ id, reason: "overlap" });
    else chosen.push(f);
  }
  // Left to right; insertions at one point in category order (the title's "(m/v/x)" before a statement).
  chosen.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      WORDING_CATEGORIES.indexOf(a.category) - WORDING_CATEGORIES.indexOf(b.category),
  );
  let out = "";
  let cursor = 0;
  const applied: { id: string; start: number; end: number }[] = [];
  for (const f of chosen) {
    out += text.slice(cursor, f.start);
    const start = out.length;
    out += f.replacement!;
    applied.push({ id: f.id, start, end: out.length });
    cursor = f.end;
  }
  out += text.slice(cursor);
  return { text: out, applied, skipped };
}
