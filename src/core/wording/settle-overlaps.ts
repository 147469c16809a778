import type { RawFinding } from "./raw-finding.ts";

/** Whether two findings claim the same words; an insertion point touching a span's edge does not. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Keeps the longest of overlapping findings (ties: lower priority number, then the earlier one), so
 * "jong en dynamisch" wins over "jong", and "maximaal 5 jaar ervaring" over an age limit inside it.
 * Call it per category: findings of different categories may overlap.
 */
export function settleOverlaps(findings: readonly RawFinding[]): RawFinding[] {
  const order = [...findings].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || (a.priority ?? 0) - (b.priority ?? 0) || a.start - b.start,
  );
  const kept: RawFinding[] = [];
  for (const f of order) if (!kept.some((k) => overlaps(k, f))) kept.push(f);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
