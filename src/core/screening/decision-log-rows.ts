import type { DecisionRow } from "../audit/cells-from-rows.ts";

/**
 * The monitoring questions as audit attributes. "no-answer" (and no questionnaire at all) is unknown:
 * the audit counts unknowns apart and never guesses them.
 */
export const MONITORING_ATTRIBUTES = ["gender", "ageBand", "migrationBackground", "disability"] as const;
export type MonitoringAttribute = (typeof MONITORING_ATTRIBUTES)[number];

/** One entry of a screening decision log, as much of it as the audit needs. */
export interface LogEntryForAudit {
  readonly applicationId: string | null;
  readonly kind: "recommendation" | "decision" | "tie-break" | "letter";
  readonly recommendation: "advance" | "review" | "reject" | null;
  readonly score: number | null;
  readonly decision: "advance" | "reject" | null;
  /** Null: the system. */
  readonly deciderId: string | null;
}

/** Who decided: the algorithm (the system's recommendations and automatic rejections) or a person. */
export interface Decider {
  readonly key: string;
  readonly kind: "system" | "user";
  readonly userId: string | null;
}

/** The rows of one view of the log, ready for `cellsFromRows` and `audit`. */
export interface LogAuditView {
  readonly view: "recommendation" | "decision" | "decider";
  readonly decider: Decider | null;
  readonly rows: DecisionRow[];
}

/**
 * Turns a screening decision log (oldest first) and the monitoring answers into audit rows (issue 4):
 *  - "recommendation": every application the system recommended on, selected when its latest
 *    recommendation was "advance", with its score (so the scoring rate and SMD are audited too);
 *  - "decision": every application with a decision, selected when the latest decision was "advance";
 *  - one "decider" view per decider of those latest decisions: the system (automatic knock-out
 *    rejections) and each person, so an employer sees whether the rules or the people create a gap.
 * Monitoring answers join by application id, here and nowhere else; an application without answers
 * has unknown attributes.
 */
export function decisionLogRows(
  log: readonly LogEntryForAudit[],
  monitoring: ReadonlyMap<string, Readonly<Record<string, string>>>,
): LogAuditView[] {
  const latestRecommendation = new Map<string, LogEntryForAudit>();
  const latestDecision = new Map<string, LogEntryForAudit>();
  for (const entry of log) {
    if (entry.applicationId === null) continue;
    if (entry.kind === "recommendation" && entry.recommendation !== null)
      latestRecommendation.set(entry.applicationId, entry);
    if (entry.kind === "decision" && entry.decision !== null) latestDecision.set(entry.applicationId, entry);
  }
  const attributes = (applicationId: string): Record<string, string | null> => {
    const answers = monitoring.get(applicationId);
    return Object.fromEntries(
      MONITORING_ATTRIBUTES.map((a) => {
        const value = answers?.[a];
        return [a, value === undefined || value === "no-answer" ? null : value];
      }),
    );
  };
  const recommendationRows = [...latestRecommendation].map(([id, e]) => ({
    selected: e.recommendation === "advance",
    attributes: attributes(id),
    score: e.score,
  }));
  const decisionRows: DecisionRow[] = [];
  const byDecider = new Map<string, { decider: Decider; rows: DecisionRow[] }>();
  for (const [id, e] of latestDecision) {
    const row = { selected: e.decision === "advance", attributes: attributes(id) };
    decisionRows.push(row);
    const decider: Decider =
      e.deciderId === null
        ? { key: "system", kind: "system", userId: null }
        : { key: `user:${e.deciderId}`, kind: "user", userId: e.deciderId };
    let group = byDecider.get(decider.key);
    if (!group) {
      group = { decider, rows: [] };
      byDecider.set(decider.key, group);
    }
    group.rows.push(row);
  }
  return [
    { view: "recommendation", decider: null, rows: recommendationRows },
    { view: "decision", decider: null, rows: decisionRows },
    ...[...byDecider.values()].map((g) => ({ view: "decider" as const, decider: g.decider, rows: g.rows })),
  ];
}
