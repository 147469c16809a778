import type { HistoryGroup, HistorySummary } from "../../../core/explainer/history-summary.ts";
import { formatCount, formatNumber, formatPercent } from "../../../core/report/format-number.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useT } from "../../i18n/use-t.ts";
import { capitalise } from "./explainer-labels.ts";
import { HireRateChart } from "./HireRateChart.tsx";

const rate = (f: HistoryGroup["hireRate"]) => (f.status === "ok" ? f.value : 0);

/** Step 1: the invented history, audited like any decision log: equally suitable, unequally hired. */
export function HistoryStep({
  summary,
  protectedName,
  otherName,
}: {
  readonly summary: HistorySummary;
  readonly protectedName: string;
  readonly otherName: string;
}) {
  const { t, language } = useT();
  const rows = [
    { name: capitalise(otherName), g: summary.otherGroup },
    { name: capitalise(protectedName), g: summary.protectedGroup },
  ];
  const ir = summary.impactRatio;
  return (
    <>
      <p>
        {t("learn.history.text", {
          protected: protectedName,
          other: otherName,
          protectedSuitable: formatPercent(
            language,
            summary.protectedGroup.suitable / summary.protectedGroup.applicants,
          ),
          otherSuitable: formatPercent(language, summary.otherGroup.suitable / summary.otherGroup.applicants),
          protectedRate: formatPercent(language, rate(summary.protectedGroup.suitableHireRate)),
          otherRate: formatPercent(language, rate(summary.otherGroup.suitableHireRate)),
        })}
      </p>
      <ScrollRegion labelledBy="learn-history-caption">
        <table className="data-table compact-table">
          <caption id="learn-history-caption">{t("learn.history.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("learn.col.group")}</th>
              <th scope="col" className="numeric">
                {t("learn.col.applicants")}
              </th>
              <th scope="col" className="numeric">
                {t("learn.col.suitable")}
              </th>
              <th scope="col" className="numeric">
                {t("learn.col.hired")}
              </th>
              <th scope="col" className="numeric">
                {t("learn.col.hireRate")}
              </th>
              <th scope="col" className="numeric">
                {t("learn.col.suitableHireRate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ name, g }) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="numeric">{formatCount(language, g.applicants)}</td>
                <td className="numeric">{formatCount(language, g.suitable)}</td>
                <td className="numeric">{formatCount(language, g.hired)}</td>
                <td className="numeric">{formatPercent(language, rate(g.hireRate))}</td>
                <td className="numeric">{formatPercent(language, rate(g.suitableHireRate))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <HireRateChart summary={summary} protectedName={protectedName} otherName={otherName} />
      {ir.status === "ok" && (
        <p>
          {t("learn.history.ratio", {
            ratio: formatNumber(language, ir.value, 2),
            protected: protectedName,
            other: otherName,
          })}
        </p>
      )}
    </>
  );
}
