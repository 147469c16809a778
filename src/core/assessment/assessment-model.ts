/**
 * The before-deployment assessment (issue 6, PRODUCT.md 1e): a guided questionnaire for an
 * organisation that wants to use (or already uses) an algorithm in recruitment. Questions are data
 * (assessment-questions.ts), each with its legal source; answers are versioned by the store; open
 * items become an action list.
 */
import type { Bilingual } from "../screening/vacancy.ts";

/**
 * How a question is answered.
 *  - duty: a duty or good practice that is met ("yes"), not met ("no"), not known ("unknown") or
 *    does not apply ("na"); "no" and "unknown" open an action.
 *  - fact: a yes/no fact about the system or the organisation that drives the classification;
 *    "unknown" opens an action (find out).
 *  - prohibited: a practice the law forbids; "yes" (or "unknown") opens a critical action.
 *  - text: a description (IAMA-style parts); empty opens an action.
 */
export type QuestionKind = "duty" | "fact" | "prohibited" | "text";

export const CHOICE_ANSWERS = ["yes", "no", "unknown", "na"] as const;
export type ChoiceAnswer = (typeof CHOICE_ANSWERS)[number];

/** Where the question comes from: a legal provision or a guide, cited, never copied. */
export interface QuestionSource {
  readonly label: string;
  /** Whether the law requires it, or it is good practice (e.g. the IAMA for a private employer). */
  readonly force: "law" | "good-practice";
}

export interface Question {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly text: Bilingual;
  /** Why it matters and what a good answer looks like, in plain words. */
  readonly help: Bilingual;
  readonly sources: readonly QuestionSource[];
  /** Shown only when another question has one of these answers (e.g. FRIA questions for public bodies). */
  readonly showIf?: { readonly question: string; readonly answers: readonly ChoiceAnswer[] };
  /** The action that an open answer creates, in plain words. */
  readonly action: Bilingual;
  /** Evidence Aware can link (an audit, a discovery report, a vacancy check). */
  readonly evidence?: readonly EvidenceKind[];
}

export type EvidenceKind = "audit" | "discovery" | "vacancy-check" | "decision-log" | "document";

export interface Section {
  readonly id: string;
  readonly title: Bilingual;
  readonly intro: Bilingual;
  readonly questions: readonly Question[];
}

export interface Questionnaire {
  /** Changes when questions change; stored with every answer set. */
  readonly version: string;
  readonly sections: readonly Section[];
}

/** A piece of evidence linked to an answer: a saved audit, a report, or a document by name. */
export interface Evidence {
  readonly kind: EvidenceKind;
  /** The id of a saved audit or report in Aware, or a document's name or location. */
  readonly ref: string;
  readonly label: string;
}

export interface Answer {
  /** A ChoiceAnswer for duty/fact/prohibited questions; free text for text questions. */
  readonly value: string;
  readonly note?: string;
  readonly evidence?: readonly Evidence[];
  /** Who takes the action when the answer is open. */
  readonly owner?: string;
  /** ISO date (YYYY-MM-DD) the action is due. */
  readonly due?: string;
}

export type Answers = Readonly<Record<string, Answer>>;
