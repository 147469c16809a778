import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { actionKey } from "./activity-action.ts";

/** /activity (admin, auditor): the append-only log of who did what, newest first. */
export function ActivityPage() {
  const { t, language } = useT();
  const [entries] = useApiData(() => api.activity(), []);
  return (
    <>
      <PageTitle title={t("activity.title")}>{t("activity.title")}</PageTitle>
      <p className="lead">{t("activity.intro")}</p>
      {entries.status === "loading" && <Loading />}
      {entries.status === "failed" && <ErrorAlert error={entries.error} />}
      {entries.status === "ready" && entries.data.length === 0 && (
        <p className="empty">{t("activity.empty")}</p>
      )}
      {entries.status === "ready" && entries.data.length > 0 && (
        <ScrollRegion labelledBy="activity-caption">
          <table className="data-table">
            <caption id="activity-caption">{t("activity.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("activity.when")}</th>
                <th scope="col">{t("activity.who")}</th>
                <th scope="col">{t("activity.what")}</th>
                <th scope="col">{t("activity.subject")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.map((e) => {
                const key = actionKey(e.action);
                return (
                  <tr key={e.id}>
                    <th scope="row">{formatDateTime(language, e.at)}</th>
                    <td>{e.userName ?? t("activity.system")}</td>
                    <td>{key ? t(key) : <code>{e.action}</code>}</td>
                    <td>{e.subject ?? "–"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
