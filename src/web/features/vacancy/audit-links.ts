import type { ScreeningAuditResponse } from "../../../server/api-types.ts";

export type ScreeningAudit = ScreeningAuditResponse["audits"][number];

/**
 * The comparisons worth making among the audits of one screening run: each human view (the final
 * decisions, and each person's decisions) beside the system's recommendations, found by their `view`.
 */
export interface AuditComparison {
  readonly algorithm: ScreeningAudit;
  readonly human: ScreeningAudit;
  readonly kind: "decisions" | "reviewer";
}

export function auditComparisons(audits: readonly ScreeningAudit[]): AuditComparison[] {
  const algorithm = audits.find((a) => a.view === "recommendation");
  if (!algorithm) return [];
  return audits
    .filter((a) => a.view !== "recommendation")
    .map((human) => ({ algorithm, human, kind: human.view === "decision" ? "decisions" : "reviewer" }));
}
