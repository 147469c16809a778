import {
  type Answer,
  type Answers,
  CHOICE_ANSWERS,
  type Question,
  type Questionnaire,
} from "../../../core/assessment/assessment-model.ts";
import { type AssessmentEvaluation, isShown } from "../../../core/assessment/evaluate-assessment.ts";

/**
 * The answers being edited, and what is sent when saving. The editor keeps everything typed (so a
 * question hidden and shown again keeps its answer); a save sends only what the questionnaire shows:
 * the answers of shown questions, without empty parts, and owner and due date only where the answer
 * opens an action (elsewhere the fields are not shown, so nothing hidden is saved).
 */
export type Draft = Readonly<Record<string, Answer>>;

const isChoice = (value: string) => (CHOICE_ANSWERS as readonly string[]).includes(value);

/** An answer without its empty parts; undefined when nothing is left. */
export function cleanAnswer(answer: Answer | undefined): Answer | undefined {
  if (!answer) return undefined;
  const note = answer.note?.trim() ? answer.note : undefined;
  const owner = answer.owner?.trim() ? answer.owner.trim() : undefined;
  const due = answer.due?.trim() ? answer.due.trim() : undefined;
  const evidence = answer.evidence?.length ? answer.evidence : undefined;
  const value = answer.value.trim() === "" ? "" : answer.value;
  if (value === "" && !note && !owner && !due && !evidence) return undefined;
  return {
    value,
    ...(note ? { note } : {}),
    ...(evidence ? { evidence } : {}),
    ...(owner ? { owner } : {}),
    ...(due ? { due } : {}),
  };
}

/**
 * Whether the question's owner and due date apply: its answer opens an action (a duty not met, a
 * fact not known, a prohibited practice in use) or, for a description, it is still empty.
 */
export function opensAction(question: Question, evaluation: AssessmentEvaluation): boolean {
  const action = evaluation.actions.find((a) => a.questionId === question.id);
  return action !== undefined && (!action.unanswered || question.kind === "text");
}

/** The answer set to save: shown questions only, each cleaned (see the module comment). */
export function answersToSave(
  questionnaire: Questionnaire,
  draft: Draft,
  evaluation: AssessmentEvaluation,
): Answers {
  const result: Record<string, Answer> = {};
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      if (!isShown(question, draft)) continue;
      const clean = cleanAnswer(draft[question.id]);
      if (!clean) continue;
      const { owner, due, ...rest } = clean;
      result[question.id] = opensAction(question, evaluation) ? clean : rest;
    }
  }
  return result;
}

/** A stable text of an answer set, for comparing (key order does not matter). */
export function answersKey(answers: Answers): string {
  return JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((id) => [id, answers[id]]),
  );
}

const answerKey = (a: Answer | undefined) => {
  const clean = cleanAnswer(a);
  return clean ? answersKey({ x: clean }) : "";
};

/** The questions whose answer differs between two answer sets (empty parts ignored). */
export function changedQuestions(before: Draft, after: Draft): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => answerKey(before[id]) !== answerKey(after[id])).sort();
}

/**
 * After a refused save (someone else saved first): the latest saved answers with the user's own
 * changes (against the version they started from) put back on top. `conflicts` are the questions
 * both changed, differently: the user's answer is kept, and they should look at it again.
 */
export function rebaseDraft(
  base: Draft,
  latest: Draft,
  draft: Draft,
): { readonly answers: Draft; readonly conflicts: readonly string[] } {
  const mine = changedQuestions(base, draft);
  const theirs = new Set(changedQuestions(base, latest));
  const answers: Record<string, Answer> = { ...latest };
  for (const id of mine) {
    const own = draft[id];
    if (own) answers[id] = own;
    else delete answers[id];
  }
  const conflicts = mine.filter((id) => theirs.has(id) && answerKey(latest[id]) !== answerKey(draft[id]));
  return { answers, conflicts };
}

export type DraftProblem = "choose-answer" | "due-date";

/**
 * What must be fixed before saving, by question: the server only keeps a note, evidence, owner or
 * due date with an answer (a choice for yes/no questions), and a due date is a calendar date.
 */
export function draftProblems(questionnaire: Questionnaire, draft: Draft): Map<string, DraftProblem> {
  const problems = new Map<string, DraftProblem>();
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      if (!isShown(question, draft)) continue;
      const answer = cleanAnswer(draft[question.id]);
      if (!answer) continue;
      if (question.kind !== "text" && !isChoice(answer.value)) problems.set(question.id, "choose-answer");
      else if (answer.due && !isCalendarDate(answer.due)) problems.set(question.id, "due-date");
    }
  }
  return problems;
}

/** YYYY-MM-DD of a day that exists. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** The question (and the part of its answer) an API error names: `answers.<id>[.<part>…]`. */
export function questionOfServerField(
  field: string | undefined,
): { readonly questionId: string; readonly part: string | null } | null {
  const m = field ? /^answers\.([^.]+)(?:\.(.+))?$/.exec(field) : null;
  return m ? { questionId: m[1] as string, part: m[2] ?? null } : null;
}
