import type { Evidence, EvidenceKind, Question } from "../../../core/assessment/assessment-model.ts";
import { paths } from "../../app/routes.ts";

/** What the organisation has saved in Aware that an answer can point to. */
export interface EvidenceSources {
  /** Saved audits (GET /api/audits); null while unknown or not readable. */
  readonly audits: readonly { readonly id: string; readonly title: string }[] | null;
  /** Vacancies (GET /api/vacancies), for their rule check and decision log. */
  readonly vacancies: readonly { readonly id: string; readonly title: string }[] | null;
}

export type PickerKind = "audit" | "vacancy-check" | "decision-log";

/**
 * The pickers a question offers, from the evidence kinds it names: a saved audit for "audit" and
 * "discovery" (a discovery report is not saved in Aware yet, so an audit stands in), a vacancy for its
 * rule check or decision log. A document by name is always possible.
 */
export function pickersFor(question: Question): PickerKind[] {
  const kinds = new Set<EvidenceKind>(question.evidence ?? []);
  return [
    ...(kinds.has("audit") || kinds.has("discovery") ? (["audit"] as const) : []),
    ...(kinds.has("vacancy-check") ? (["vacancy-check"] as const) : []),
    ...(kinds.has("decision-log") ? (["decision-log"] as const) : []),
  ];
}

/** Where a piece of evidence can be opened in the app; null for a document (only its name is known). */
export function evidenceLink(evidence: Evidence): string | null {
  switch (evidence.kind) {
    case "audit":
      return paths.report(evidence.ref);
    case "vacancy-check":
      return paths.vacancy(evidence.ref);
    case "decision-log":
      return paths.vacancy(evidence.ref, "log");
    default:
      return null;
  }
}

/** Adds evidence unless the same kind and reference is linked already. */
export function withEvidence(list: readonly Evidence[], evidence: Evidence): Evidence[] {
  return list.some((e) => e.kind === evidence.kind && e.ref === evidence.ref)
    ? [...list]
    : [...list, evidence];
}

/** At most this many pieces of evidence per answer (the API's limit). */
export const MAX_EVIDENCE = 20;
