import type { ThresholdOutcome } from "../../../core/explainer/threshold-outcome.ts";
import { formatNumber, formatP } from "../../../core/report/format-number.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useT } from "../../i18n/use-t.ts";

export interface ComparedModel {
  readonly key: string;
  readonly name: string;
  readonly outcome: ThresholdOutcome;
  readonly current: boolean;
}

/** The impact ratio of each way of training the model, at the threshold chosen in step 5. */
export function ModelComparison({
  models,
  threshold,
}: {
  readonly models: readonly ComparedModel[];
  readonly threshold: number;
}) {
  const { t, language } = useT();
  return (
    <ScrollRegion labelledBy="learn-compare-caption">
      <table className="data-table compact-table">
        <caption id="learn-compare-caption">
          {t("learn.compare.caption", { threshold: Math.round(threshold * 100) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("learn.compare.model")}</th>
            <th scope="col" className="numeric">
              {t("learn.compare.ratio")}
            </th>
            <th scope="col">{t("learn.compare.rule")}</th>
            <th scope="col" className="numeric">
              {t("learn.compare.p")}
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => {
            const ir = m.outcome.impactRatio;
            return (
              <tr
                key={m.key}
                aria-current={m.current ? "true" : undefined}
                className={m.current ? "current-row" : undefined}
              >
                <th scope="row">
                  {m.name}
                  {m.current && <span className="row-note">{t("learn.compare.current")}</span>}
                </th>
                <td className={`numeric${m.outcome.belowFourFifths ? " attention" : ""}`}>
                  {ir.status === "ok" ? formatNumber(language, ir.value, 2) : "–"}
                </td>
                <td>
                  {m.outcome.belowFourFifths === null
                    ? "–"
                    : m.outcome.belowFourFifths
                      ? t("learn.compare.below")
                      : t("learn.compare.notBelow")}
                </td>
                <td className="numeric">
                  {m.outcome.pValue === null ? "–" : formatP(language, m.outcome.pValue)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
