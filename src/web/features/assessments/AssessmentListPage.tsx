import { formatCount } from "../../../core/report/format-number.ts";
import { api } from "../../api/client.ts";
import { can } from "../../app/permissions.ts";
import { paths } from "../../app/routes.ts";
import { useUser } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { ClassificationBadge } from "../assessment/ClassificationBadge.tsx";
import { StartAssessmentForm } from "./StartAssessmentForm.tsx";

/** /assessments: the organisation's before-deployment assessments, and a form to start one. */
export function AssessmentListPage() {
  const { t, language } = useT();
  const user = useUser();
  const [assessments] = useApiData(() => api.assessments(), []);
  const mayStart = can(user.role, "manageAssessments");
  return (
    <>
      <PageTitle title={t("assessments.title")}>{t("assessments.title")}</PageTitle>
      <p className="lead">{t("assessments.intro")}</p>
      {mayStart && <StartAssessmentForm />}
      <h2 id="assessments-heading">{t("assessments.listTitle")}</h2>
      {assessments.status === "loading" && <Loading />}
      {assessments.status === "failed" && <ErrorAlert error={assessments.error} />}
      {assessments.status === "ready" && assessments.data.length === 0 && (
        <p className="empty">{mayStart ? t("assessments.emptyStart") : t("assessments.empty")}</p>
      )}
      {assessments.status === "ready" && assessments.data.length > 0 && (
        <ScrollRegion labelledBy="assessments-caption">
          <table className="data-table">
            <caption id="assessments-caption">{t("assessments.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("assessments.col.title")}</th>
                <th scope="col">{t("assessments.col.classification")}</th>
                <th scope="col" className="numeric">
                  {t("assessments.col.answered")}
                </th>
                <th scope="col" className="numeric">
                  {t("assessments.col.actions")}
                </th>
                <th scope="col" className="numeric">
                  {t("assessments.col.version")}
                </th>
                <th scope="col">{t("assessments.col.saved")}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.data.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={paths.assessment(a.id)}>{a.title}</Link>
                  </th>
                  <td>
                    <ClassificationBadge classification={a.classification} />
                  </td>
                  <td className="numeric">
                    {t("assessments.answeredOf", {
                      answered: formatCount(language, a.answered),
                      shown: formatCount(language, a.shown),
                    })}
                  </td>
                  <td className={`numeric${a.openActions > 0 ? " attention" : ""}`}>
                    {formatCount(language, a.openActions)}
                  </td>
                  <td className="numeric">{formatCount(language, a.version)}</td>
                  <td>
                    {a.savedAt
                      ? t("assessments.savedBy", {
                          date: formatDateTime(language, a.savedAt),
                          name: a.savedBy ?? t("assessment.someone"),
                        })
                      : t("assessments.notSaved")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
