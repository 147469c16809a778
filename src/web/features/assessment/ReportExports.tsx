import { assessmentReportUrl } from "../../api/assessment-api.ts";
import { useT } from "../../i18n/use-t.ts";

const FILES = [
  { format: "pdf", language: "nl" },
  { format: "pdf", language: "en" },
  { format: "html", language: "nl" },
  { format: "html", language: "en" },
] as const;

/** The report of the version shown, as PDF or web page, in Dutch or English. */
export function ReportExports({
  id,
  version,
  unsaved,
}: {
  readonly id: string;
  /** The saved version shown; 0 before the first save. */
  readonly version: number;
  /** There are changes on screen the report does not include. */
  readonly unsaved: boolean;
}) {
  const { t } = useT();
  return (
    <section className="report-section" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t("assessment.exports.title")}</h2>
      {version === 0 ? (
        <p className="empty">{t("assessment.exports.saveFirst")}</p>
      ) : (
        <>
          <p>
            {t("assessment.exports.intro", { version })}
            {unsaved && ` ${t("assessment.exports.unsaved")}`}
          </p>
          <ul className="download-list">
            {FILES.map((f) => (
              <li key={`${f.format}-${f.language}`}>
                <a href={assessmentReportUrl(id, f.format, f.language, version)} download>
                  {t(f.format === "pdf" ? "assessment.exports.pdf" : "assessment.exports.html")},{" "}
                  <span lang={f.language}>{f.language === "nl" ? "Nederlands" : "English"}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
