import { departsFromRecommendation, MIN_REASON_LENGTH } from "../../../core/screening/override.ts";
import type { Recommendation } from "../../../core/screening/screening-result.ts";
import type { Decision } from "../../../server/api-types.ts";

/** The reason a person must give when overriding the system (the server's rule, from core). */
export { MIN_REASON_LENGTH };

/**
 * How a decision departs from the system's recommendation, which then needs a reason (core's
 * departsFromRecommendation), named so the form can say why:
 *  - "advance-knockout": advancing a candidate the published knock-out rules reject automatically;
 *  - "advance-rejected": advancing against a recommendation to reject;
 *  - "reject-advanced": rejecting against a recommendation to advance.
 * Null when the decision follows the recommendation, or the recommendation was "review" (a person decides).
 */
export type Departure = "advance-knockout" | "advance-rejected" | "reject-advanced";

export function departure(
  result: { readonly recommendation: Recommendation; readonly automatic: boolean },
  decision: Decision,
): Departure | null {
  if (!departsFromRecommendation(result.recommendation, decision)) return null;
  if (decision === "reject") return "reject-advanced";
  return result.automatic ? "advance-knockout" : "advance-rejected";
}

/** Whether the reason given is enough for the decision: always when it follows the recommendation. */
export const reasonIsEnough = (departs: Departure | null, reason: string): boolean =>
  departs === null || reason.trim().length >= MIN_REASON_LENGTH;
