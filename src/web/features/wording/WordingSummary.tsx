import { WORDING_CATEGORIES, type WordingCheck } from "../../../core/wording/wording-finding.ts";
import { CATEGORY_LABELS } from "../../../core/wording/wording-labels.ts";
import { useT } from "../../i18n/use-t.ts";

/** The language found and a score per category (100: nothing found). */
export function WordingSummary({ check }: { readonly check: WordingCheck }) {
  const { t, language } = useT();
  const lang =
    check.language === "undefined"
      ? t("wording.languageUndefined")
      : check.language === "nl"
        ? t("wording.language.nl")
        : t("wording.language.en");
  return (
    <section aria-labelledby="wording-summary-heading">
      <h2 id="wording-summary-heading">{t("wording.summary")}</h2>
      <p>
        {t("wording.languageFound", { language: lang })}
        {check.language === "undefined" && check.detection.reason
          ? ` ${check.detection.reason[language]}`
          : ""}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">{t("wording.summaryCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("wording.category")}</th>
            <th scope="col" className="numeric">
              {t("wording.count")}
            </th>
            <th scope="col" className="numeric">
              {t("wording.score")}
            </th>
          </tr>
        </thead>
        <tbody>
          {WORDING_CATEGORIES.map((c) => (
            <tr key={c}>
              <th scope="row">{CATEGORY_LABELS[language][c]}</th>
              <td className="numeric">{check.summary[c].count}</td>
              <td className="numeric">{check.summary[c].score}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("wording.scoreNote")}</p>
    </section>
  );
}
