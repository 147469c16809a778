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

/** The rules ask for the same few fields for every candidate: their keys are worked out once. */
const ruleFieldKeys = new Map<string, string>();
function fieldKey(field: string): string {
  let key = ruleFieldKeys.get(field);
  if (key === undefined) {
    key = columnKey(field);
    if (ruleFieldKeys.size < 10_000) ruleFieldKeys.set(field, key);
  }
  return key;
}

/** The hidden column keys of a vacancy, computed once per list rather than once per candidate. */
const hiddenKeys = new WeakMap<readonly string[], ReadonlySet<string>>();

export function candidateView(candidate: Candidate, protectedColumns: readonly string[]): CandidateView {
  let hidden = hiddenKeys.get(protectedColumns);
  if (!hidden) {
    hidden = new Set(protectedColumns.map(columnKey));
    hiddenKeys.set(protectedColumns, hidden);
  }
  const hiddenSet = hidden;
  const fields = candidate.fields;
  // Read on demand rather than copied into a map per candidate: a hundred thousand candidates would
  // otherwise keep a hundred thousand maps alive for the whole run.
  return {
    id: candidate.id,
    value(field) {
      const key = fieldKey(field);
      if (hiddenSet.has(key)) return null;
      let raw = Object.hasOwn(fields, field) ? fields[field] : undefined;
      if (raw === undefined) {
        // Column names compare case-insensitively and trimmed; the last matching column counts.
        for (const name of Object.keys(fields)) if (columnKey(name) === key) raw = fields[name];
      }
      const text = typeof raw === "string" ? raw.trim() : "";
      return text === "" ? null : text;
    },
  };
}
