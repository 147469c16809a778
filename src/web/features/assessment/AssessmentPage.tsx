import { useEffect } from "react";
import { api } from "../../api/client.ts";
import { can } from "../../app/permissions.ts";
import { navigate, useSearch } from "../../app/router.ts";
import { paths } from "../../app/routes.ts";
import { useUser } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { AssessmentWorkspace } from "./AssessmentWorkspace.tsx";
import { versionParam } from "./version-param.ts";

/** /assessments/:id[?version=N]: one assessment, editable in its latest version by HR and admins. */
export function AssessmentPage({ id }: { readonly id: string }) {
  const { t, language } = useT();
  const user = useUser();
  const version = versionParam(useSearch());
  const [detail, , update] = useApiData(() => api.assessment(id, version), [id, version]);
  const title = detail.status === "ready" ? detail.data.title : t("assessment.title");
  const mayEdit = can(user.role, "manageAssessments");
  // "?version=N" of the latest version is simply the assessment: the address then stays true after a save.
  // (Only once the data shown is the version asked for: right after a click the previous data is still there.)
  const latestAsked =
    detail.status === "ready" && version === detail.data.shownVersion && version === detail.data.version;
  useEffect(() => {
    if (latestAsked) navigate(paths.assessment(id), { replace: true });
  }, [latestAsked, id]);
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.assessments()}>{t("assessment.back")}</Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      {detail.status === "loading" && <Loading />}
      {detail.status === "failed" && <ErrorAlert error={detail.error} />}
      {detail.status === "ready" &&
        (() => {
          const d = detail.data;
          const latest = d.shownVersion === d.version;
          const shown = d.versions.find((v) => v.version === d.shownVersion);
          return (
            <>
              <p className="report-meta">
                {shown
                  ? t("assessment.meta", {
                      version: shown.version,
                      date: formatDateTime(language, shown.savedAt),
                      name: shown.savedBy ?? t("assessment.someone"),
                    })
                  : t("assessment.metaNew")}
              </p>
              {!latest && (
                <div className="alert alert-info old-version">
                  <p>{t("assessment.oldVersion", { version: d.shownVersion, latest: d.version })}</p>
                  <p>
                    <Link to={paths.assessment(d.id)}>
                      {t("assessment.openLatest", { version: d.version })}
                    </Link>
                  </p>
                </div>
              )}
              {latest && !mayEdit && <p className="alert alert-info">{t("assessment.readOnlyRole")}</p>}
              <AssessmentWorkspace
                key={latest ? "latest" : `version-${d.shownVersion}`}
                detail={d}
                editable={latest && mayEdit}
                onDetail={(next) => update(() => next)}
              />
            </>
          );
        })()}
    </>
  );
}
