import {
  type Answer,
  CHOICE_ANSWERS,
  type ChoiceAnswer,
  type Question,
} from "../../../core/assessment/assessment-model.ts";
import { formatDate } from "../../../core/report/format-number.ts";
import { useT } from "../../i18n/use-t.ts";
import { EvidenceList } from "./EvidenceList.tsx";
import { questionHeadingId } from "./QuestionCard.tsx";
import { QuestionSources } from "./QuestionSources.tsx";

/** One question and its saved answer, to read (an older version, or a role that may not edit). */
export function QuestionView({
  question,
  answer,
}: {
  readonly question: Question;
  readonly answer: Answer | undefined;
}) {
  const { t, language } = useT();
  const headingId = questionHeadingId(question.id);
  const value = answer?.value.trim() ? answer.value : null;
  return (
    <article className="question" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} className="question-text">
        {question.text[language]}
      </h3>
      <dl className="facts-list answer-facts">
        <div>
          <dt>{t("assessment.yourAnswer")}</dt>
          <dd className={value ? "" : "muted"}>
            {value === null
              ? t("assessment.notAnswered")
              : question.kind !== "text" && (CHOICE_ANSWERS as readonly string[]).includes(value)
                ? t(`assessment.answer.${value as ChoiceAnswer}`)
                : value}
          </dd>
        </div>
        {answer?.note && (
          <div>
            <dt>{t("assessment.note")}</dt>
            <dd className="preserve-lines">{answer.note}</dd>
          </div>
        )}
        {answer?.owner && (
          <div>
            <dt>{t("assessment.owner")}</dt>
            <dd>{answer.owner}</dd>
          </div>
        )}
        {answer?.due && (
          <div>
            <dt>{t("assessment.due")}</dt>
            <dd>{formatDate(language, answer.due)}</dd>
          </div>
        )}
        {answer?.evidence && answer.evidence.length > 0 && (
          <div>
            <dt>{t("assessment.evidence.title")}</dt>
            <dd>
              <EvidenceList evidence={answer.evidence} />
            </dd>
          </div>
        )}
      </dl>
      <p className="hint">{question.help[language]}</p>
      <QuestionSources question={question} />
    </article>
  );
}
