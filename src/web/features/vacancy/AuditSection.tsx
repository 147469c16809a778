import { useState } from "react";
import { api } from "../../api/client.ts";
import { can } from "../../app/permissions.ts";
import { paths } from "../../app/routes.ts";
import { useUser } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { useT } from "../../i18n/use-t.ts";
import { auditComparisons, type ScreeningAudit } from "./audit-links.ts";

/**
 * The selection audit on this vacancy's decision log: the system's recommendations, the final
 * decisions and each reviewer, saved as audits to open, and compared side by side.
 */
export function AuditSection({ vacancyId }: { readonly vacancyId: string }) {
  const { t } = useT();
  const user = useUser();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [audits, setAudits] = useState<readonly ScreeningAudit[] | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setAudits((await api.screeningAudit({ vacancyId })).audits);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t("screeningAudit.title")}</h2>
      <p>{t("screeningAudit.intro")}</p>
      {user && can(user.role, "auditScreening") ? (
        <button type="button" className="button button-primary" onClick={run} disabled={busy}>
          {busy ? t("screeningAudit.running") : t("screeningAudit.run")}
        </button>
      ) : (
        <p className="hint">{t("screeningAudit.notForRole")}</p>
      )}
      <ErrorAlert error={error} />
      <div role="status">{audits && <p>{t("screeningAudit.done", { count: audits.length })}</p>}</div>
      {audits && audits.length > 0 && (
        <>
          <h3 id="audit-reports-heading">{t("screeningAudit.reports")}</h3>
          <ul className="link-list" aria-labelledby="audit-reports-heading">
            {audits.map((a) => (
              <li key={a.id}>
                <Link to={paths.report(a.id)}>{a.title}</Link>
              </li>
            ))}
          </ul>
          <h3 id="audit-compare-heading">{t("screeningAudit.compare")}</h3>
          <ul className="link-list" aria-labelledby="audit-compare-heading">
            {auditComparisons(audits).map(({ algorithm, human, kind }) => (
              <li key={human.id}>
                <Link to={paths.compare(algorithm.id, human.id)}>
                  {kind === "decisions"
                    ? t("screeningAudit.compareDecisions")
                    : t("screeningAudit.compareReviewer", { title: human.title })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {can(user.role, "runDiscovery") && (
        <>
          <h3 id="audit-discover-heading">{t("discovery.link.vacancy")}</h3>
          <p>{t("discovery.link.vacancyIntro")}</p>
          <p>
            <Link to={paths.discover({ vacancy: vacancyId })} className="button">
              {t("nav.discover")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
