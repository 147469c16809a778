import { formatNumber } from "../../../core/screening/plain-language.ts";
import type { ApplicationReviewItem, VacancyDetail } from "../../../server/api-types.ts";
import { useT } from "../../i18n/use-t.ts";

/**
 * Why the system recommends what it does for one candidate: every criterion's points with the
 * evidence, the knock-out and its published reason, what would have changed the outcome, and the
 * explanation the candidate can read, all in the interface's language.
 */
export function ResultDetails({
  vacancy,
  item,
}: {
  readonly vacancy: VacancyDetail;
  readonly item: ApplicationReviewItem;
}) {
  const { t, language } = useT();
  const r = item.result;
  const n = (x: number) => formatNumber(x, language);
  const captionId = `contributions-${item.id}`;
  const unknown = r.knockoutsUnknown.map(
    (id) => vacancy.definition.knockouts.find((k) => k.id === id)?.label[language] ?? id,
  );
  return (
    <div className="result-details">
      <h3>{t("details.title", { reference: item.reference })}</h3>
      {r.knockout && (
        <div className={`alert ${r.automatic ? "alert-error" : "alert-info"}`}>
          <p>
            <strong>
              {r.automatic ? t("details.knockoutAutomatic") : t("details.knockoutPerson")}{" "}
              {r.knockout.label[language]}
            </strong>
          </p>
          <p>{t("details.knockoutReason", { reason: r.knockout.reason[language] })}</p>
          <p>{t("details.evidence", { evidence: r.knockout.evidence })}</p>
        </div>
      )}
      {unknown.length > 0 && <p>{t("details.knockoutsUnknown", { rules: unknown.join(", ") })}</p>}
      <table className="data-table compact-table">
        <caption id={captionId}>{t("details.contributions")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("details.col.criterion")}</th>
            <th scope="col">{t("details.col.evidence")}</th>
            <th scope="col" className="numeric">
              {t("details.col.points")}
            </th>
            <th scope="col">{t("details.col.explanation")}</th>
          </tr>
        </thead>
        <tbody>
          {r.contributions.map((c) => (
            <tr key={c.criterionId}>
              <th scope="row">
                {c.label[language]}
                <span className="row-note">
                  {c.kind === "niceToHave" ? t("details.niceToHave") : t("details.criterion")}
                </span>
              </th>
              <td>{c.evidence ?? <span className="muted">{t("details.missing")}</span>}</td>
              <td className={`numeric${c.met ? "" : " attention"}`}>
                {t("review.score", { score: n(c.points), max: n(c.weight) })}
              </td>
              <td>{c.explanation[language]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.atypical.flagged && (
        <>
          <h4>{t("details.atypical")}</h4>
          <ul>
            {r.atypical.reasons.map((a) => (
              <li key={a.code}>{a.message[language]}</li>
            ))}
          </ul>
        </>
      )}
      {r.counterfactual && (
        <>
          <h4>{t("details.counterfactual")}</h4>
          <p>{r.counterfactual.explanation[language]}</p>
        </>
      )}
      <h4>{t("details.explanation")}</h4>
      <p className="explanation">{r.explanation[language]}</p>
      {Object.keys(item.fields).length > 0 && (
        <details>
          <summary>{t("details.fields")}</summary>
          <dl className="field-values">
            {Object.entries(item.fields).map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value === "" ? <span className="muted">{t("details.missing")}</span> : value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
