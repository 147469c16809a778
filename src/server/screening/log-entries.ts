import { csvCell } from "../../core/report/csv-cell.ts";
import type { ScreeningResult } from "../../core/screening/screen-candidates.ts";
import type {
  ScreeningLogEntry,
  ScreeningLogInput,
  StoredApplication,
  StoredVacancy,
} from "../../store/store.ts";
import type { DecisionLogEntry } from "../api-types.ts";
import { applicationReference } from "./vacancy-view.ts";

/** The system's recommendation as the decider saw it, for the log: score, outcome and why. */
export function recommendationEntry(
  vacancy: StoredVacancy,
  application: StoredApplication,
  result: ScreeningResult,
  at: string,
): ScreeningLogInput {
  return {
    organisationId: vacancy.organisationId,
    vacancyId: vacancy.id,
    applicationId: application.id,
    kind: "recommendation",
    vacancyVersion: vacancy.version,
    recommendation: result.recommendation,
    score: result.score,
    decision: null,
    override: false,
    reason: null,
    deciderId: null,
    at,
    details: {
      automatic: result.automatic,
      knockout: result.knockout?.id ?? null,
      knockoutsUnknown: result.knockoutsUnknown,
      atypical: result.atypical.reasons.map((r) => r.code),
      counterfactual: result.counterfactual?.criteria ?? null,
      // The whole result as shown: the explanation letter is written from it, even after the vacancy
      // or the set of applications has changed.
      result,
    },
  };
}

export function logEntryBody(
  entry: ScreeningLogEntry,
  numbers: ReadonlyMap<string, number>,
): DecisionLogEntry {
  const number = entry.applicationId === null ? undefined : numbers.get(entry.applicationId);
  return {
    id: entry.id,
    vacancyId: entry.vacancyId,
    applicationId: entry.applicationId,
    reference: number === undefined ? null : applicationReference(number),
    kind: entry.kind,
    vacancyVersion: entry.vacancyVersion,
    recommendation: entry.recommendation,
    score: entry.score,
    decision: entry.decision,
    override: entry.override,
    reason: entry.reason,
    deciderKind: entry.deciderId === null ? "system" : "user",
    deciderName: entry.deciderName,
    at: entry.at,
    details: entry.details,
  };
}

const CSV_COLUMNS = [
  "at",
  "kind",
  "reference",
  "vacancy_version",
  "recommendation",
  "score",
  "decision",
  "override",
  "reason",
  "decider",
  "details",
] as const;

/** The log as CSV, one entry per line, oldest first: the evidence an auditor takes away. */
export function logCsv(entries: readonly DecisionLogEntry[]): string {
  const lines = entries.map((e) =>
    [
      e.at,
      e.kind,
      e.reference,
      e.vacancyVersion,
      e.recommendation,
      e.score,
      e.decision,
      e.kind === "decision" ? e.override : "",
      e.reason,
      e.deciderKind === "system" ? "system" : e.deciderName,
      e.details ? JSON.stringify(withoutResult(e.details)) : "",
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[CSV_COLUMNS.join(","), ...lines].join("\n")}\n`;
}

/** The log's CSV keeps the details short: the full result stays in the JSON log. */
function withoutResult(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { result: _result, ...rest } = details;
  return rest;
}
