import type { Bilingual } from "../screening/vacancy.ts";
import type { FindingKind } from "./wording-finding.ts";
import type { WordingRuleId } from "./wording-rules.ts";

/** A finding before overlaps are settled and ids given; the rule supplies category and texts. */
export interface RawFinding {
  readonly rule: WordingRuleId;
  readonly start: number;
  readonly end: number;
  readonly replacement: string | null;
  /** "missing" for something absent (start = end = the insertion point); "span" by default. */
  readonly kind?: FindingKind;
  /** Advice specific to this match, overriding the rule's. */
  readonly suggestion?: Bilingual;
  /** Lower wins when two matches of one category of equal length overlap. */
  readonly priority?: number;
}
