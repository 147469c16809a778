import { paths } from "../../app/routes.ts";
import { Link } from "../../components/Link.tsx";
import { useT } from "../../i18n/use-t.ts";

/** The closing part: what an employer can do about it, with Aware and without. */
export function WhatYouCanDo() {
  const { t } = useT();
  return (
    <section className="report-section" aria-labelledby="learn-do-heading">
      <h2 id="learn-do-heading">{t("learn.do.title")}</h2>
      <ul className="link-list">
        <li>
          <Link to={paths.newAudit()}>{t("learn.do.audit")}</Link> {t("learn.do.auditText")}
        </li>
        <li>
          <strong>{t("learn.do.discovery")}</strong> {t("learn.do.discoveryText")}{" "}
          <Link to={paths.audits()}>{t("learn.do.discoveryLink")}</Link>
        </li>
        <li>
          <Link to={paths.assessments()}>{t("learn.do.assessment")}</Link> {t("learn.do.assessmentText")}
        </li>
        <li>
          <Link to={paths.vacancies()}>{t("learn.do.screening")}</Link> {t("learn.do.screeningText")}
        </li>
      </ul>
      <p className="hint">{t("learn.do.account")}</p>
    </section>
  );
}
