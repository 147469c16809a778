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
import { useT } from "../../i18n/use-t.ts";

/** /vacancies: every vacancy with its status and how many applications wait for a decision. */
export function VacancyListPage() {
  const { t, language } = useT();
  const user = useUser();
  const [vacancies] = useApiData(() => api.vacancies(), []);
  const mayCreate = can(user.role, "manageVacancies");
  return (
    <>
      <PageTitle title={t("vacancies.title")}>{t("vacancies.title")}</PageTitle>
      <p className="lead">{t("vacancies.intro")}</p>
      {mayCreate && (
        <p>
          <Link to={paths.newVacancy()} className="button button-primary">
            {t("vacancies.new")}
          </Link>
        </p>
      )}
      {vacancies.status === "loading" && <Loading />}
      {vacancies.status === "failed" && <ErrorAlert error={vacancies.error} />}
      {vacancies.status === "ready" && vacancies.data.length === 0 && (
        <p className="empty">{mayCreate ? t("vacancies.emptyCreate") : t("vacancies.empty")}</p>
      )}
      {vacancies.status === "ready" && vacancies.data.length > 0 && (
        <ScrollRegion labelledBy="vacancies-caption">
          <table className="data-table">
            <caption id="vacancies-caption">{t("vacancies.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("vacancies.col.title")}</th>
                <th scope="col">{t("vacancies.col.status")}</th>
                <th scope="col" className="numeric">
                  {t("vacancies.col.version")}
                </th>
                <th scope="col" className="numeric">
                  {t("vacancies.col.applications")}
                </th>
                <th scope="col" className="numeric">
                  {t("vacancies.col.undecided")}
                </th>
              </tr>
            </thead>
            <tbody>
              {vacancies.data.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <Link to={paths.vacancy(v.id)}>{v.title[language]}</Link>
                  </th>
                  <td>
                    <span className={`status-badge status-${v.status}`}>
                      {t(`vacancyStatus.${v.status}`)}
                    </span>
                  </td>
                  <td className="numeric">{formatCount(language, v.version)}</td>
                  <td className="numeric">{formatCount(language, v.applications)}</td>
                  <td className={`numeric${v.undecided > 0 ? " attention" : ""}`}>
                    {formatCount(language, v.undecided)}
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
