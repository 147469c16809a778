import { useState } from "react";
import { formatCount } from "../../../core/report/format-number.ts";
import type { AuditSummary } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { can } from "../../app/permissions.ts";
import { navigate } from "../../app/router.ts";
import { paths } from "../../app/routes.ts";
import { useUser } from "../../app/session-context.tsx";
import { ConfirmDialog } from "../../components/ConfirmDialog.tsx";
import { DeleteButton } from "../../components/DeleteButton.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";

/** Saved audits over time: open one, pick two to compare, start a new one, delete (admin). */
export function AuditListPage() {
  const { t, language } = useT();
  const user = useUser();
  const [audits, , update] = useApiData(() => api.audits(), []);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [deleting, setDeleting] = useState<AuditSummary | null>(null);
  const mayRun = can(user.role, "runAudits");
  const mayDelete = can(user.role, "deleteAudits");

  const toggle = (id: string, on: boolean) =>
    setChosen((c) => (on ? [...c.filter((x) => x !== id), id] : c.filter((x) => x !== id)));
  const compare = () => {
    const [a, b] = chosen;
    if (a && b && chosen.length === 2) navigate(paths.compare(a, b));
  };

  return (
    <>
      <PageTitle title={t("audits.title")}>{t("audits.title")}</PageTitle>
      <p className="lead">{t("audits.intro")}</p>
      {mayRun && (
        <p>
          <Link to={paths.newAudit()} className="button button-primary">
            {t("audits.new")}
          </Link>
        </p>
      )}
      {audits.status === "loading" && <Loading />}
      {audits.status === "failed" && <ErrorAlert error={audits.error} />}
      {audits.status === "ready" && audits.data.length === 0 && (
        <p className="empty">{mayRun ? t("audits.emptyRun") : t("audits.empty")}</p>
      )}
      {audits.status === "ready" && audits.data.length > 0 && (
        <>
          <ScrollRegion labelledBy="audits-caption">
            <table className="data-table">
              <caption id="audits-caption">{t("audits.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("audits.col.compare")}</th>
                  <th scope="col">{t("audits.col.title")}</th>
                  <th scope="col">{t("audits.col.date")}</th>
                  <th scope="col">{t("audits.col.file")}</th>
                  <th scope="col" className="numeric">
                    {t("audits.col.rows")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("audits.col.below")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("audits.col.significant")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("audits.col.both")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("audits.col.comparisons")}
                  </th>
                  {mayDelete && <th scope="col">{t("common.actions")}</th>}
                </tr>
              </thead>
              <tbody>
                {audits.data.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <input
                        type="checkbox"
                        checked={chosen.includes(a.id)}
                        onChange={(e) => toggle(a.id, e.target.checked)}
                        aria-label={t("audits.chooseForCompare", { title: a.title })}
                      />
                    </td>
                    <th scope="row">
                      <Link to={paths.report(a.id)}>{a.title}</Link>
                    </th>
                    <td>{formatDateTime(language, a.createdAt)}</td>
                    <td>{a.filename}</td>
                    <td className="numeric">{formatCount(language, a.rows)}</td>
                    <td className={`numeric${a.findings.belowFourFifths > 0 ? " attention" : ""}`}>
                      {formatCount(language, a.findings.belowFourFifths)}
                    </td>
                    <td className={`numeric${a.findings.significant > 0 ? " attention" : ""}`}>
                      {formatCount(language, a.findings.significant)}
                    </td>
                    <td
                      className={`numeric${a.findings.belowFourFifthsAndSignificant > 0 ? " attention" : ""}`}
                    >
                      {formatCount(language, a.findings.belowFourFifthsAndSignificant)}
                    </td>
                    <td className="numeric">{formatCount(language, a.findings.comparisons)}</td>
                    {mayDelete && (
                      <td>
                        <DeleteButton
                          label={t("audits.deleteNamed", { title: a.title })}
                          onClick={() => setDeleting(a)}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <div className="compare-bar">
            <button type="button" className="button" onClick={compare} disabled={chosen.length !== 2}>
              {t("audits.compare")}
            </button>
            <p className="hint" role="status">
              {t("audits.compareStatus", { count: chosen.length })}
            </p>
          </div>
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t("audits.deleteTitle")}
        message={t("audits.deleteMessage", { title: deleting?.title ?? "" })}
        confirmLabel={t("common.delete")}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await api.deleteAudit(deleting.id);
          const id = deleting.id;
          update((list) => list.filter((a) => a.id !== id));
          setChosen((c) => c.filter((x) => x !== id));
        }}
      />
    </>
  );
}
