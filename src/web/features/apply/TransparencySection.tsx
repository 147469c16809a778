import { formatNumber } from "../../../core/screening/plain-language.ts";
import type { PublicVacancy } from "../../../server/api-types.ts";
import { useT } from "../../i18n/use-t.ts";

/**
 * How applications are assessed, before the form (transparency): the requirements with why the job
 * needs them, the criteria and nice-to-haves with their points, and the preferential policy if any.
 */
export function TransparencySection({ vacancy }: { readonly vacancy: PublicVacancy }) {
  const { t, language } = useT();
  const points = (n: number) => t("apply.points", { points: formatNumber(n, language) });
  const max = [...vacancy.criteria, ...vacancy.niceToHaves].reduce((sum, c) => sum + c.weight, 0);
  return (
    <section aria-labelledby="assessment-heading" className="card transparency">
      <h2 id="assessment-heading">{t("apply.assessment")}</h2>
      <p>{t("apply.assessmentIntro")}</p>
      {vacancy.knockouts.length > 0 && (
        <>
          <h3>{t("apply.requirements")}</h3>
          <p className="hint">{t("apply.requirementsIntro")}</p>
          <ul className="rule-list">
            {vacancy.knockouts.map((k) => (
              <li key={k.label.en}>
                <strong>{k.label[language]}</strong>
                <span className="rule-reason">
                  {t("apply.why")} {k.reason[language]}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {vacancy.criteria.length > 0 && (
        <>
          <h3>{t("apply.criteria")}</h3>
          <ul className="rule-list">
            {vacancy.criteria.map((c) => (
              <li key={c.label.en}>
                {c.label[language]}: <strong>{points(c.weight)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {vacancy.niceToHaves.length > 0 && (
        <>
          <h3>{t("apply.niceToHaves")}</h3>
          <ul className="rule-list">
            {vacancy.niceToHaves.map((c) => (
              <li key={c.label.en}>
                {c.label[language]}: <strong>{points(c.weight)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t("apply.maxScore", { points: formatNumber(max, language) })}</p>
      <p>
        {t("apply.neverUsed")} {vacancy.monitoring.enabled ? t("apply.monitoringLater") : ""}
      </p>
      {vacancy.preference && (
        <>
          <h3>{t("apply.preference")}</h3>
          <p>{vacancy.preference.statement[language]}</p>
          <p className="hint">{t("apply.preferenceTieOnly")}</p>
        </>
      )}
    </section>
  );
}
