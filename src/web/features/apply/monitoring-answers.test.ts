import { describe, expect, it } from "vitest";
import { MONITORING_QUESTIONS } from "../../../server/api-types.ts";
import { en } from "../../i18n/en.ts";
import { nl } from "../../i18n/nl.ts";
import { answerKey, isAnswerOf, NO_ANSWERS, QUESTIONS, questionKey } from "./monitoring-answers.ts";

describe("the monitoring questionnaire", () => {
  it("has words for every question and answer, in English and Dutch", () => {
    for (const question of QUESTIONS) {
      expect(en).toHaveProperty([questionKey(question)]);
      expect(nl).toHaveProperty([questionKey(question)]);
      for (const answer of MONITORING_QUESTIONS[question]) {
        expect(en, `${question}.${answer}`).toHaveProperty([answerKey(question, answer)]);
        expect(nl, `${question}.${answer}`).toHaveProperty([answerKey(question, answer)]);
      }
    }
  });

  it("starts at 'prefer not to say' for every question", () => {
    expect(Object.keys(NO_ANSWERS).sort()).toEqual([...QUESTIONS].sort());
    for (const question of QUESTIONS) {
      expect(NO_ANSWERS[question]).toBe("no-answer");
      expect(isAnswerOf(question, "no-answer")).toBe(true);
    }
    expect(isAnswerOf("gender", "under-25")).toBe(false);
  });
});
