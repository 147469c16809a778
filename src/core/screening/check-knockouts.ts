import type { CandidateView } from "./candidate-view.ts";
import { evaluateCondition, type Reading } from "./evaluate-condition.ts";
import type { KnockoutRule } from "./vacancy.ts";

export interface KnockoutChecks {
  /** Rules the candidate's data shows are not met, in vacancy order. */
  readonly failed: readonly { readonly rule: KnockoutRule; readonly evidence: string }[];
  /** Rules that could not be checked because the data is missing or unreadable: never a rejection. */
  readonly unknown: readonly { readonly rule: KnockoutRule; readonly reading: Reading }[];
}

/**
 * Checks the published knock-out rules. A rule is met only at full fulfilment; a rule without
 * readable data is unknown, because rejecting someone for an empty cell would be rejecting them on
 * something the rule never published (PRODUCT.md 1c: atypical profiles go to a person).
 */
export function checkKnockouts(rules: readonly KnockoutRule[], candidate: CandidateView): KnockoutChecks {
  const failed: { rule: KnockoutRule; evidence: string }[] = [];
  const unknown: { rule: KnockoutRule; reading: Reading }[] = [];
  for (const rule of rules) {
    const reading = evaluateCondition(rule.condition, candidate);
    if (reading.status !== "read") unknown.push({ rule, reading });
    else if (reading.fulfilment < 1) failed.push({ rule, evidence: reading.raw });
  }
  return { failed, unknown };
}
