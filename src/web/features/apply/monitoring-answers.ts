import {
  MONITORING_QUESTIONS,
  type MonitoringAnswers,
  type MonitoringQuestion,
} from "../../../server/api-types.ts";
import type { UiKey } from "../../i18n/en.ts";

export const QUESTIONS = Object.keys(MONITORING_QUESTIONS) as MonitoringQuestion[];

/** Every question starts at "prefer not to say": nothing is given unless the candidate chooses to. */
export const NO_ANSWERS: MonitoringAnswers = {
  gender: "no-answer",
  ageBand: "no-answer",
  migrationBackground: "no-answer",
  disability: "no-answer",
};

/** The words of a question. */
export const questionKey = (question: MonitoringQuestion): UiKey => `monitoring.q.${question}`;

/** The words of an answer ("no-answer" is the same "prefer not to say" for every question). */
export const answerKey = (question: MonitoringQuestion, answer: string): UiKey =>
  answer === "no-answer" ? "monitoring.noAnswer" : (`monitoring.a.${question}.${answer}` as UiKey);

/** Whether a text is one of a question's answers. */
export const isAnswerOf = (question: MonitoringQuestion, answer: string): boolean =>
  (MONITORING_QUESTIONS[question] as readonly string[]).includes(answer);
