import type { GroupOutcome, ThresholdOutcome } from "../../../core/explainer/threshold-outcome.ts";
import {
  figureInterval,
  formatCount,
  formatFigure,
  formatPercent,
} from "../../../core/report/format-number.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useT } from "../../i18n/use-t.ts";
import { capitalise } from "./explainer-labels.ts";

/** At the threshold: per group, how many were invited, the rate, and the suitable left out. */
export function OutcomeTable({
  outcome,
  protectedName,
  otherName,
}: {
  readonly outcome: ThresholdOutcome;
  readonly protectedName: string;
  readonly otherName: string;
}) {
  const { t, language } = useT();
  const rows: { name: string; g: GroupOutcome }[] = [
    { name: capitalise(otherName), g: outcome.otherGroup },
    { name: capitalise(protectedName), g: outcome.protectedGroup },
  ];
  return (
    <ScrollRegion labelledBy="learn-outcome-caption">
      <table className="data-table compact-table">
        <caption id="learn-outcome-caption">
          {t("learn.outcome.caption", { threshold: Math.round(outcome.threshold * 100) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("learn.col.group")}</th>
            <th scope="col" className="numeric">
              {t("learn.col.applicants")}
            </th>
            <th scope="col" className="numeric">
              {t("learn.col.invited")}
            </th>
            <th scope="col" className="numeric">
              {t("learn.col.rate")}
            </th>
            <th scope="col">{t("learn.col.rateCi")}</th>
            <th scope="col" className="numeric">
              {t("learn.col.missed")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, g }) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="numeric">{formatCount(language, g.applicants)}</td>
              <td className="numeric">{formatCount(language, g.selected)}</td>
              <td className="numeric">
                {g.selectionRate.status === "ok" ? formatPercent(language, g.selectionRate.value) : "–"}
              </td>
              <td className="nowrap">{figureInterval(language, g.selectionRate)}</td>
              <td className="numeric">
                {t("learn.outcome.missedOf", {
                  missed: formatCount(language, g.missedSuitable),
                  suitable: formatCount(language, g.suitable),
                })}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("learn.col.impactRatio")}</th>
            <td colSpan={5}>
              {formatFigure(language, outcome.impactRatio, 2)}{" "}
              {figureInterval(language, outcome.impactRatio, 2)}
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
