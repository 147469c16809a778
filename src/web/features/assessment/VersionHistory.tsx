import type { AssessmentDetail } from "../../../server/api-types.ts";
import { paths } from "../../app/routes.ts";
import { Link } from "../../components/Link.tsx";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";

/** Every saved version, newest first; an older one opens read-only (?version=N). */
export function VersionHistory({ detail }: { readonly detail: AssessmentDetail }) {
  const { t, language } = useT();
  return (
    <section className="report-section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t("assessment.versions.title")}</h2>
      {detail.versions.length === 0 ? (
        <p className="empty">{t("assessment.versions.none")}</p>
      ) : (
        <ol className="version-list" aria-labelledby="versions-heading">
          {detail.versions.map((v) => {
            const isShown = v.version === detail.shownVersion;
            const latest = v.version === detail.version;
            const label = t("assessment.versions.version", { version: v.version });
            return (
              <li key={v.version}>
                {isShown ? (
                  <strong aria-current="true">{label}</strong>
                ) : (
                  <Link to={latest ? paths.assessment(detail.id) : paths.assessment(detail.id, v.version)}>
                    {label}
                  </Link>
                )}{" "}
                {t("assessment.versions.saved", {
                  date: formatDateTime(language, v.savedAt),
                  name: v.savedBy ?? t("assessment.someone"),
                })}
                {latest && ` · ${t("assessment.versions.latest")}`}
                {isShown && ` · ${t("assessment.versions.shown")}`}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
