import type { Bilingual } from "../screening/vacancy.ts";
import {
  type Answers,
  CHOICE_ANSWERS,
  type ChoiceAnswer,
  type Question,
  type Questionnaire,
  type Section,
} from "./assessment-model.ts";

/** What the classification questions say about the system under the AI Act. */
export type Classification =
  | "high-risk"
  /** Listed, no profiling, only a narrow task: possibly not high-risk, if the provider documents it (art. 6(4)). */
  | "possibly-not-high-risk"
  | "out-of-scope"
  /** Not enough answers yet. */
  | "undetermined";

export type Severity = "critical" | "required" | "recommended";

/** One open item of the action list. */
export interface ActionItem {
  readonly questionId: string;
  readonly sectionId: string;
  readonly severity: Severity;
  /** True when the question is not answered yet (answering it is the action). */
  readonly unanswered: boolean;
  readonly action: Bilingual;
  readonly owner: string | null;
  readonly due: string | null;
  readonly sources: readonly string[];
}

export interface AssessmentEvaluation {
  readonly questionnaireVersion: string;
  readonly classification: Classification;
  readonly classificationReason: Bilingual;
  /** Art. 25: the organisation may be a provider itself. */
  readonly providerRole: boolean;
  /** Art. 27: a fundamental-rights impact assessment is required (public bodies, public services). */
  readonly friaRequired: boolean;
  /** A prohibited practice is (or may be) in use. */
  readonly prohibited: boolean;
  /** Questions shown given the answers so far, and how many of them are answered. */
  readonly shown: number;
  readonly answered: number;
  readonly sections: readonly {
    readonly id: string;
    readonly shown: number;
    readonly answered: number;
    readonly open: number;
  }[];
  /** Critical first, then required, then recommended; within each, questionnaire order. */
  readonly actions: readonly ActionItem[];
}

const choice = (answers: Answers, id: string): ChoiceAnswer | undefined => {
  const value = answers[id]?.value;
  return (CHOICE_ANSWERS as readonly string[]).includes(value ?? "") ? (value as ChoiceAnswer) : undefined;
};

/** Whether a question is shown, given the answers (a question whose condition is unanswered stays hidden). */
export function isShown(question: Question, answers: Answers): boolean {
  if (!question.showIf) return true;
  const given = choice(answers, question.showIf.question);
  return given !== undefined && question.showIf.answers.includes(given);
}

/** Whether an answer to a question counts as given (a choice, or non-empty text). */
export function isAnswered(question: Question, answers: Answers): boolean {
  const value = answers[question.id]?.value;
  if (value === undefined) return false;
  return question.kind === "text"
    ? value.trim() !== ""
    : (CHOICE_ANSWERS as readonly string[]).includes(value);
}

/** Whether an answered question leaves something to do. */
function isOpen(question: Question, answers: Answers): boolean {
  const value = answers[question.id]?.value ?? "";
  switch (question.kind) {
    case "duty":
      return value === "no" || value === "unknown";
    case "fact":
      return value === "unknown";
    case "prohibited":
      return value === "yes" || value === "unknown";
    case "text":
      return value.trim() === "";
  }
}

function classify(answers: Answers): { classification: Classification; reason: Bilingual } {
  const scope = choice(answers, "scope-recruitment");
  const profiling = choice(answers, "scope-profiling");
  const narrow = choice(answers, "scope-narrow-task");
  if (scope === "no" || scope === "na") {
    return {
      classification: "out-of-scope",
      reason: {
        nl: "U gebruikt geen software die sollicitaties of kandidaten beoordeelt of vacatures gericht toont; annex III punt 4(a) is niet van toepassing.",
        en: "You use no software that assesses applications or candidates or targets job ads; annex III point 4(a) does not apply.",
      },
    };
  }
  if (scope === "yes" && profiling === "yes") {
    return {
      classification: "high-risk",
      reason: {
        nl: "Het systeem valt onder annex III punt 4(a) en profileert kandidaten, dus het is hoog risico (art. 6(3), laatste alinea).",
        en: "The system falls under annex III point 4(a) and profiles candidates, so it is high-risk (art. 6(3), last subparagraph).",
      },
    };
  }
  if (scope === "yes" && profiling === "no" && narrow === "yes") {
    return {
      classification: "possibly-not-high-risk",
      reason: {
        nl: "Het systeem staat in annex III, maar profileert niet en doet alleen een beperkte taak. Het is alleen geen hoog risico als de aanbieder dat vastlegt (art. 6(3) en 6(4)); vraag daarom.",
        en: "The system is listed in annex III but does not profile and only performs a narrow task. It is only not high-risk if the provider documents this (art. 6(3) and 6(4)); ask for it.",
      },
    };
  }
  if (scope === "yes" && profiling === "no" && narrow === "no") {
    return {
      classification: "high-risk",
      reason: {
        nl: "Het systeem valt onder annex III punt 4(a) en doet meer dan een beperkte hulptaak, dus het is hoog risico.",
        en: "The system falls under annex III point 4(a) and does more than a narrow supporting task, so it is high-risk.",
      },
    };
  }
  return {
    classification: "undetermined",
    reason: {
      nl: "Beantwoord de vragen over het systeem om de classificatie te bepalen.",
      en: "Answer the questions about the system to determine the classification.",
    },
  };
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { critical: 0, required: 1, recommended: 2 };

function severityOf(section: Section, question: Question, friaRequired: boolean): Severity {
  if (question.kind === "prohibited") return "critical";
  if (section.id === "rights") return friaRequired ? "required" : "recommended";
  return question.sources.some((s) => s.force === "law") ? "required" : "recommended";
}

/**
 * Evaluates an answer set: the AI Act classification, whether a FRIA is required, prohibited
 * practices, progress, and the action list (every open or unanswered question shown, with its owner
 * and due date). Pure: the same answers give the same evaluation.
 */
export function evaluateAssessment(questionnaire: Questionnaire, answers: Answers): AssessmentEvaluation {
  const { classification, reason } = classify(answers);
  const friaRequired = choice(answers, "scope-public-body") === "yes";
  const sections = questionnaire.sections.map((section) => {
    const shown = section.questions.filter((q) => isShown(q, answers));
    const answered = shown.filter((q) => isAnswered(q, answers));
    const open = shown.filter((q) => !isAnswered(q, answers) || isOpen(q, answers));
    return { section, shown, answered, open };
  });
  const actions: ActionItem[] = sections.flatMap(({ section, open }) =>
    open.map((q) => ({
      questionId: q.id,
      sectionId: section.id,
      severity: severityOf(section, q, friaRequired),
      unanswered: !isAnswered(q, answers),
      action: q.action,
      owner: answers[q.id]?.owner?.trim() || null,
      due: answers[q.id]?.due ?? null,
      sources: q.sources.map((s) => s.label),
    })),
  );
  // Stable: questionnaire order within each severity.
  const ordered = actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => SEVERITY_ORDER[x.a.severity] - SEVERITY_ORDER[y.a.severity] || x.i - y.i)
    .map((x) => x.a);
  return {
    questionnaireVersion: questionnaire.version,
    classification,
    classificationReason: reason,
    providerRole: choice(answers, "scope-provider-role") === "yes",
    friaRequired,
    prohibited: questionnaire.sections.some((s) =>
      s.questions.some(
        (q) => q.kind === "prohibited" && ["yes", "unknown"].includes(choice(answers, q.id) ?? ""),
      ),
    ),
    shown: sections.reduce((n, s) => n + s.shown.length, 0),
    answered: sections.reduce((n, s) => n + s.answered.length, 0),
    sections: sections.map((s) => ({
      id: s.section.id,
      shown: s.shown.length,
      answered: s.answered.length,
      open: s.open.length,
    })),
    actions: ordered,
  };
}
