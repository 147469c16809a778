import type { Candidate } from "./vacancy.ts";

/**
 * What the engine may see of a candidate: the id and the non-protected fields, trimmed, empty ones
 * dropped. Built first, from a copy without the vacancy's `protectedColumns`, and the only thing the
 * rest of the engine receives, so no rule, statistic or explanation can read a protected
 * characteristic (PRODUCT.md 1c; AWGB art. 5).
 */
export interface CandidateView {
  readonly id: string;
  /** The field's text, or null when it is missing, empty or protected. */
  value(field: string): string | null;
}

/** Column names compare trimmed and case-insensitively, as in `sameColumn`. */
const columnKey = (name: string) => name.trim().toLowerCase();

/** The hidden column keys of a vacancy, computed once per list rather than once per candidate. */
const hiddenKeys = new WeakMap<readonly string[], ReadonlySet<string>>();

export function candidateView(candidate: Candidate, protectedColumns: readonly string[]): CandidateView {
  let hidden = hiddenKeys.get(protectedColumns);
  if (!hidden) {
    hidden = new Set(protectedColumns.map(columnKey));
    hiddenKeys.set(protectedColumns, hidden);
  }
  const visible = new Map<string, string>();
  for (const [name, raw] of Object.entries(candidate.fields)) {
    const key = columnKey(name);
    if (hidden.has(key)) continue;
    const text = typeof raw === "string" ? raw.trim() : "";
    if (text !== "") visible.set(key, text);
  }
  return { id: candidate.id, value: (field) => visible.get(columnKey(field)) ?? null };
}
