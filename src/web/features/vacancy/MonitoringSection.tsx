import { formatCount } from "../../../core/report/format-number.ts";
import type { MonitoringQuestion, VacancyDetail } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { useT } from "../../i18n/use-t.ts";
import { answerKey, isAnswerOf, questionKey } from "../apply/monitoring-answers.ts";

/**
 * The monitoring answers in aggregate only (admins and auditors): counts per answer, a count below the
 * minimum group size hidden, so no one can be recognised. Reviewers never see this.
 */
export function MonitoringSection({ vacancy }: { readonly vacancy: VacancyDetail }) {
  const { t, language } = useT();
  const [summary] = useApiData(() => api.monitoring(vacancy.id), [vacancy.id]);
  const count = (n: number | null, min: number) =>
    n === null ? t("monitoringSummary.hidden", { min }) : formatCount(language, n);
  return (
    <section aria-labelledby="monitoring-summary-heading">
      <h2 id="monitoring-summary-heading">{t("monitoringSummary.title")}</h2>
      <p className="hint">{t("monitoringSummary.intro")}</p>
      {!vacancy.monitoring.enabled && <p className="alert alert-info">{t("monitoringSummary.off")}</p>}
      {summary.status === "loading" && <Loading />}
      {summary.status === "failed" && <ErrorAlert error={summary.error} />}
      {summary.status === "ready" && (
        <>
          <dl className="facts-list">
            <div>
              <dt>{t("monitoringSummary.responses")}</dt>
              <dd>{count(summary.data.responses, summary.data.minGroup)}</dd>
            </div>
          </dl>
          <div className="card-grid">
            {summary.data.questions.map((q) => (
              <QuestionTable
                key={q.question}
                question={q.question}
                counts={q.counts}
                format={(n) => count(n, summary.data.minGroup)}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function QuestionTable({
  question,
  counts,
  format,
}: {
  readonly question: MonitoringQuestion;
  readonly counts: readonly { readonly answer: string; readonly count: number | null }[];
  readonly format: (n: number | null) => string;
}) {
  const { t } = useT();
  return (
    <table className="data-table">
      <caption>{t(questionKey(question))}</caption>
      <thead>
        <tr>
          <th scope="col">{t("monitoringSummary.answer")}</th>
          <th scope="col" className="numeric">
            {t("monitoringSummary.count")}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.answer}>
            <th scope="row">
              {isAnswerOf(question, c.answer) ? t(answerKey(question, c.answer)) : c.answer}
            </th>
            <td className="numeric">{format(c.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
