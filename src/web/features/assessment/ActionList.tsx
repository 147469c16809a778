import { useState } from "react";
import type { Questionnaire } from "../../../core/assessment/assessment-model.ts";
import type { AssessmentEvaluation } from "../../../core/assessment/evaluate-assessment.ts";
import { formatCount, formatDate } from "../../../core/report/format-number.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useT } from "../../i18n/use-t.ts";

/**
 * The open actions, most important first (critical, required, recommended; questionnaire order within
 * each), with owner, due date and source; questions not answered yet are listed on request.
 */
export function ActionList({
  questionnaire,
  evaluation,
  onGoTo,
}: {
  readonly questionnaire: Questionnaire;
  readonly evaluation: AssessmentEvaluation;
  readonly onGoTo: (questionId: string) => void;
}) {
  const { t, language } = useT();
  const [withUnanswered, setWithUnanswered] = useState(false);
  const unanswered = evaluation.actions.filter((a) => a.unanswered).length;
  const shown = evaluation.actions.filter((a) => withUnanswered || !a.unanswered);
  const questionText = (id: string) =>
    questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text[language] ?? id;
  return (
    <section className="report-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t("assessment.actions.title")}</h2>
      <p>
        {t("assessment.actions.intro", {
          count: formatCount(language, evaluation.actions.length - unanswered),
          unanswered: formatCount(language, unanswered),
        })}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={withUnanswered}
          onChange={(e) => setWithUnanswered(e.target.checked)}
        />
        {t("assessment.actions.withUnanswered", { count: formatCount(language, unanswered) })}
      </label>
      {shown.length === 0 ? (
        <p className="empty">{t("assessment.actions.none")}</p>
      ) : (
        <ScrollRegion labelledBy="actions-caption">
          <table className="data-table action-table">
            <caption id="actions-caption">{t("assessment.actions.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("assessment.actions.col.severity")}</th>
                <th scope="col">{t("assessment.actions.col.action")}</th>
                <th scope="col">{t("assessment.actions.col.owner")}</th>
                <th scope="col">{t("assessment.actions.col.due")}</th>
                <th scope="col">{t("assessment.actions.col.source")}</th>
                <th scope="col">{t("assessment.actions.col.question")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.questionId}>
                  <td>
                    <span className={`status-badge severity-${a.severity}`}>
                      {t(`assessment.actions.severity.${a.severity}`)}
                    </span>
                  </td>
                  <th scope="row">
                    {a.unanswered && `${t("assessment.actions.answerFirst")} `}
                    {a.action[language]}
                  </th>
                  <td className={a.owner ? "" : "muted"}>{a.owner ?? t("assessment.actions.nobody")}</td>
                  <td className={a.due ? "nowrap" : "muted"}>
                    {a.due ? formatDate(language, a.due) : t("assessment.actions.noDate")}
                  </td>
                  <td>{a.sources.join("; ")}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => onGoTo(a.questionId)}
                    >
                      {t("assessment.actions.goTo")}
                      <span className="visually-hidden">: {questionText(a.questionId)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
