import type { Recommendation } from "./screening-result.ts";

export type HumanDecision = "advance" | "reject";

/**
 * Whether a person's decision departs from the system's recommendation, so that it needs a written
 * reason: rejecting a recommended "advance", or advancing a recommended "reject" (including an
 * automatic knock-out rejection). A "review" recommendation asks for a person's judgement, so either
 * decision follows it.
 */
export const departsFromRecommendation = (recommendation: Recommendation, decision: HumanDecision): boolean =>
  (recommendation === "advance" && decision === "reject") ||
  (recommendation === "reject" && decision === "advance");

/** A written reason is at least this long: "ok" or "x" explains nothing. */
export const MIN_REASON_LENGTH = 10;
