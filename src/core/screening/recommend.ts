import type { Recommendation } from "./screening-result.ts";
import type { Vacancy } from "./vacancy.ts";

export interface RecommendFacts {
  /** A published knock-out rule is not met by data that is present. */
  readonly failedKnockout: boolean;
  /** A knock-out rule could not be checked (data missing or unreadable). */
  readonly unknownKnockout: boolean;
  /** The profile is atypical (see `atypicalReasons`). */
  readonly atypical: boolean;
}

/**
 * The recommendation. Only a failed knock-out rejects (and that is the one automatic outcome), unless
 * the profile is atypical: then a person looks first (a foreign diploma may well be equivalent; the
 * issue and PRODUCT.md 1c: atypical profiles are routed to a human, never silently rejected). An
 * unchecked knock-out sends the candidate to review even with a high score, since advancing would
 * skip a published requirement. An atypical profile is never recommended for rejection: it goes to
 * review, and one that would advance still advances, with the flag.
 */
export function recommend(
  score: number,
  thresholds: Vacancy["thresholds"],
  facts: RecommendFacts,
): Recommendation {
  if (facts.failedKnockout) return facts.atypical ? "review" : "reject";
  if (facts.unknownKnockout) return "review";
  if (score >= thresholds.advance) return "advance";
  if (score >= thresholds.review || facts.atypical) return "review";
  return "reject";
}
