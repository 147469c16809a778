import type { CandidateView } from "./candidate-view.ts";
import { readCefr, readList, readNumber, readYes, sameText } from "./read-value.ts";
import { CEFR_LEVELS, type Condition } from "./vacancy.ts";

/** How a condition reads for one candidate: missing, unreadable, or read with its fulfilment. */
export type Reading =
  | { readonly status: "missing" }
  | { readonly status: "unreadable"; readonly raw: string }
  | { readonly status: "read"; readonly raw: string; readonly fulfilment: number };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Fulfilment in [0,1] of a condition: 1 or 0, except `scale`, which gives partial credit linearly
 * from `from` (0) to `to` (1).
 */
export function evaluateCondition(condition: Condition, candidate: CandidateView): Reading {
  const raw = candidate.value(condition.field);
  if (raw === null) return MISSING;
  const f = fulfilment(condition, raw);
  return f === null ? { status: "unreadable", raw } : { status: "read", raw, fulfilment: f };
}

const NO_LEVEL = new Set(["none", "geen"]);

const MISSING: Reading = { status: "missing" };

/** Fulfilment of a condition by a present value; null when the value cannot be read. */
function fulfilment(condition: Condition, raw: string): number | null {
  switch (condition.kind) {
    case "yes": {
      const yes = readYes(raw);
      return yes === null ? null : yes ? 1 : 0;
    }
    case "atLeast": {
      const x = readNumber(raw);
      return x === null ? null : x >= condition.value ? 1 : 0;
    }
    case "scale": {
      const x = readNumber(raw);
      return x === null ? null : clamp01((x - condition.from) / (condition.to - condition.from));
    }
    case "oneOf":
      return condition.values.some((v) => sameText(v, raw)) ? 1 : 0;
    case "includes":
      return readList(raw).includes(condition.value.trim().toLowerCase()) ? 1 : 0;
    case "cefr": {
      // "none" (or Dutch "geen") is an answer: no level, so not met; not an unreadable value.
      if (NO_LEVEL.has(raw.trim().toLowerCase())) return 0;
      const level = readCefr(raw);
      if (level === null) return null;
      return CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(condition.level) ? 1 : 0;
    }
  }
}

/** The number a numeric condition reads, for the outlier statistics; null for other kinds. */
export const numericValue = (condition: Condition, candidate: CandidateView): number | null => {
  if (condition.kind !== "atLeast" && condition.kind !== "scale") return null;
  const raw = candidate.value(condition.field);
  return raw === null ? null : readNumber(raw);
};
