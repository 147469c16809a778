import type { Bilingual } from "./vacancy.ts";

/**
 * What the screening engine says about one candidate (PRODUCT.md 1c). Only a failed published
 * knock-out rule rejects automatically; every other outcome is a recommendation a person decides on.
 */
export type Recommendation = "advance" | "review" | "reject";

/** One criterion or nice-to-have as it counted for this candidate. */
export interface Contribution {
  readonly criterionId: string;
  readonly label: Bilingual;
  readonly kind: "criterion" | "niceToHave";
  readonly weight: number;
  /** 0..1: how far the candidate meets it (partial only for `scale`). */
  readonly fulfilment: number;
  /** weight × fulfilment. */
  readonly points: number;
  /** Fully met (fulfilment 1). */
  readonly met: boolean;
  /** The candidate's value that was used; null when it was missing. */
  readonly evidence: string | null;
  readonly explanation: Bilingual;
}

/** The knock-out rule that rejected the candidate: the first failing one in vacancy order. */
export interface KnockoutOutcome {
  readonly id: string;
  readonly label: Bilingual;
  readonly reason: Bilingual;
  readonly evidence: string;
}

export type AtypicalCode =
  | "missing"
  | "unreadable"
  | "career-gap"
  | "foreign-diploma"
  | "outlier"
  | "rare-combination";

/** Why a person should look: never a judgement of the candidate. */
export interface AtypicalReason {
  readonly code: AtypicalCode;
  readonly message: Bilingual;
}

/**
 * What would have changed the outcome: the fewest criteria (or knock-out rules) to meet fully to
 * reach `outcome`. Null when the candidate already advances.
 */
export type Counterfactual = {
  readonly outcome: "advance" | "review";
  readonly criteria: string[];
  /** False when even meeting every criterion fully would not reach `outcome`. */
  readonly reachable: boolean;
  readonly explanation: Bilingual;
} | null;

export interface ScreeningResult {
  readonly id: string;
  readonly score: number;
  readonly maxScore: number;
  readonly recommendation: Recommendation;
  /** True only for a rejection by a published knock-out rule. */
  readonly automatic: boolean;
  readonly knockout: KnockoutOutcome | null;
  /** Knock-out rules that could not be checked (data missing or unreadable): never a rejection. */
  readonly knockoutsUnknown: string[];
  readonly contributions: Contribution[];
  readonly atypical: { readonly flagged: boolean; readonly reasons: AtypicalReason[] };
  readonly counterfactual: Counterfactual;
  /** The overall explanation in plain language, for the candidate. */
  readonly explanation: Bilingual;
}
