import { formatNumber } from "../../../core/screening/plain-language.ts";
import type { DecisionLogEntry } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { decisionLogCsvUrl } from "../../api/screening-api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { type Translate, useT } from "../../i18n/use-t.ts";

const texts = (x: unknown): string | null =>
  Array.isArray(x) && x.every((v) => typeof v === "string") ? (x as string[]).join(", ") : null;

/** What the log's free-form details say, for the kinds that have something to say. */
function entryDetails(e: DecisionLogEntry, t: Translate): string {
  const d = e.details ?? {};
  if (e.kind === "tie-break") {
    const tie = texts(d.tie);
    if (tie !== null) return t("log.tie", { tie, preferred: texts(d.preferred) || "–" });
  }
  if (e.kind === "letter" && (d.language === "nl" || d.language === "en")) {
    return t("log.letter", { language: d.language === "nl" ? "Nederlands" : "English" });
  }
  return "";
}

/** Every recommendation, decision, tie-break and letter, oldest first; the log the audit reads. */
export function DecisionLogSection({ vacancyId }: { readonly vacancyId: string }) {
  const { t, language } = useT();
  const [log] = useApiData(() => api.decisionLog(vacancyId), [vacancyId]);
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">{t("log.title")}</h2>
      <p className="hint">{t("log.intro")}</p>
      <p>
        <a href={decisionLogCsvUrl(vacancyId)} download className="button">
          {t("log.download")}
        </a>
      </p>
      {log.status === "loading" && <Loading />}
      {log.status === "failed" && <ErrorAlert error={log.error} />}
      {log.status === "ready" && log.data.length === 0 && <p className="empty">{t("log.empty")}</p>}
      {log.status === "ready" && log.data.length > 0 && (
        <ScrollRegion labelledBy="log-caption">
          <table className="data-table">
            <caption id="log-caption">{t("log.caption", { count: log.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("log.col.at")}</th>
                <th scope="col">{t("log.col.kind")}</th>
                <th scope="col">{t("log.col.candidate")}</th>
                <th scope="col" className="numeric">
                  {t("log.col.version")}
                </th>
                <th scope="col">{t("log.col.recommendation")}</th>
                <th scope="col" className="numeric">
                  {t("log.col.score")}
                </th>
                <th scope="col">{t("log.col.decision")}</th>
                <th scope="col">{t("log.col.override")}</th>
                <th scope="col">{t("log.col.reason")}</th>
                <th scope="col">{t("log.col.by")}</th>
                <th scope="col">{t("log.col.details")}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTime(language, e.at)}</td>
                  <td>{t(`log.kind.${e.kind}`)}</td>
                  <td>{e.reference ?? "–"}</td>
                  <td className="numeric">{e.vacancyVersion}</td>
                  <td>{e.recommendation ? t(`recommendation.${e.recommendation}`) : "–"}</td>
                  <td className="numeric">{e.score === null ? "–" : formatNumber(e.score, language)}</td>
                  <td>{e.decision ? t(`decision.${e.decision}`) : "–"}</td>
                  <td>{e.override ? t("log.overrideYes") : "–"}</td>
                  <td>{e.reason ?? "–"}</td>
                  <td>{e.deciderKind === "system" ? t("log.bySystem") : (e.deciderName ?? "–")}</td>
                  <td>{entryDetails(e, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
