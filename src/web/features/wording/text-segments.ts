import type { WordingFinding } from "../../../core/wording/wording-finding.ts";

/** A stretch of the text and the findings that cover it (none: plain text). */
export interface TextSegment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly findingIds: readonly string[];
}

/**
 * Cuts the text at every finding's start and end, so each piece is covered by the same findings
 * throughout (findings of different categories may overlap). "Missing" findings cover nothing and
 * are listed beside the text instead.
 */
export function textSegments(text: string, findings: readonly WordingFinding[]): TextSegment[] {
  const spans = findings.filter((f) => f.kind === "span" && f.end > f.start);
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      findingIds: spans.filter((f) => f.start <= start && f.end >= end).map((f) => f.id),
    });
  }
  return segments;
}
