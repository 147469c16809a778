import { rankByScore } from "../../core/screening/rank-results.ts";
import type { ScreeningLogEntry } from "../../store/store.ts";
import type { ApplicationReviewItem, DecisionState } from "../api-types.ts";
import type { VacancyState } from "./vacancy-state.ts";
import { applicationReference } from "./vacancy-view.ts";

export const decisionState = (entry: ScreeningLogEntry | undefined): DecisionState | null =>
  entry?.decision
    ? {
        decision: entry.decision,
        deciderKind: entry.deciderId === null ? "system" : "user",
        deciderName: entry.deciderName,
        at: entry.at,
        override: entry.override,
        reason: entry.reason,
      }
    : null;

/**
 * The ranked review list. Contact details go only to roles that manage candidates: reviewers judge
 * on the criteria, without a name that can give away sex or origin.
 */
export function reviewItems(state: VacancyState, showContact: boolean): ApplicationReviewItem[] {
  const rows = state.applications.map((application) => ({
    application,
    result: state.results.get(application.id)!,
    score: state.results.get(application.id)!.score,
  }));
  return rankByScore(rows).map(({ item: { application, result }, rank }) => ({
    id: application.id,
    reference: applicationReference(application.number),
    source: application.source,
    contact: showContact ? { name: application.name, email: application.email } : null,
    fields: application.fields,
    createdAt: application.createdAt,
    result,
    rank,
    decision: decisionState(state.decisions.get(application.id)),
    letterSentAt: state.letters.get(application.id) ?? null,
  }));
}
