import { translate } from "../../../core/i18n/translate.ts";
import { formatCount, formatDate, formatFigure, formatPercent } from "../../../core/report/format-number.ts";
import { plainSummary, warningText } from "../../../core/report/plain-summary.ts";
import type { AuditDetail } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { paths } from "../../app/routes.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { Downloads } from "./Downloads.tsx";
import { GroupingSection } from "./GroupingSection.tsx";
import { ProvenanceSection } from "./ProvenanceSection.tsx";

/** /audits/:id: one saved audit, its plain-language summary first. */
export function ReportPage({ id }: { readonly id: string }) {
  const { t } = useT();
  const [audit] = useApiData(() => api.audit(id), [id]);
  const title = audit.status === "ready" ? audit.data.title : t("report.title");
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.audits()}>{t("report.back")}</Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      {audit.status === "loading" && <Loading />}
      {audit.status === "failed" && <ErrorAlert error={audit.error} />}
      {audit.status === "ready" && <ReportView detail={audit.data} />}
    </>
  );
}

function ReportView({ detail }: { readonly detail: AuditDetail }) {
  const { t, language } = useT();
  const doc = detail.document;
  const summary = plainSummary(language, doc);
  const findings = doc.findings;
  return (
    <>
      <ul className="facts report-meta">
        <li>
          {t("report.meta", { date: formatDateTime(language, detail.createdAt), file: detail.filename })}
        </li>
        <li>
          {translate(language, "report.overall", {
            selected: formatCount(language, doc.overall.selected),
            n: formatCount(language, doc.overall.n),
            rate:
              doc.overall.selectionRate.status === "ok"
                ? formatPercent(language, doc.overall.selectionRate.value)
                : formatFigure(language, doc.overall.selectionRate),
          })}
          {" · "}
          {translate(language, "report.rows", { rows: formatCount(language, doc.rows) })}
        </li>
        {doc.period && (
          <li>
            {translate(language, "report.period", {
              first: formatDate(language, doc.period.first),
              last: formatDate(language, doc.period.last),
            })}
          </li>
        )}
        {doc.stages && <li>{translate(language, "report.stages", { stages: doc.stages.join(" → ") })}</li>}
      </ul>

      <nav aria-label={t("report.contents")} className="toc">
        <ul>
          <li>
            <a href="#summary">{translate(language, "section.summary")}</a>
          </li>
          {doc.warnings.length > 0 && (
            <li>
              <a href="#warnings">{translate(language, "section.warnings")}</a>
            </li>
          )}
          {doc.groupings.map((g, i) => (
            <li key={g.attributes.join("×")}>
              <a href={`#grouping-${i}`}>{g.attributes.join(" × ")}</a>
            </li>
          ))}
          <li>
            <a href="#downloads">{t("downloads.title")}</a>
          </li>
          <li>
            <a href="#provenance">{t("provenance.title")}</a>
          </li>
        </ul>
      </nav>

      <section id="summary" aria-labelledby="summary-heading" className="report-section summary">
        <h2 id="summary-heading">{translate(language, "section.summary")}</h2>
        <ul className="summary-list">
          {summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="findings">
          {translate(language, "report.findings", {
            below: findings.belowFourFifths,
            comparisons: findings.comparisons,
            significant: findings.significant,
            both: findings.belowFourFifthsAndSignificant,
          })}
        </p>
        <p className="hint">{t("report.summaryNote")}</p>
      </section>

      {doc.warnings.length > 0 && (
        <section id="warnings" aria-labelledby="warnings-heading" className="report-section">
          <h2 id="warnings-heading">{translate(language, "section.warnings")}</h2>
          <ul className="warning-list">
            {doc.warnings.map((w) => {
              const text = warningText(language, w);
              return <li key={text}>{text}</li>;
            })}
          </ul>
        </section>
      )}

      {doc.groupings.map((g, i) => (
        <GroupingSection key={g.attributes.join("×")} report={doc} grouping={g} index={i} />
      ))}

      <Downloads auditId={detail.id} />
      <ProvenanceSection document={doc} />
    </>
  );
}
