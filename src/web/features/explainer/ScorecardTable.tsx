import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import type { Scenario } from "../../../core/explainer/hiring-history.ts";
import {
  POINTS_TO_DOUBLE_ODDS,
  type ScreeningModel,
  scorecard,
} from "../../../core/explainer/screening-model.ts";
import { formatNumber } from "../../../core/report/format-number.ts";
import { PlotFigure } from "../../components/PlotFigure.tsx";
import { useT } from "../../i18n/use-t.ts";
import { CHART } from "./explainer-colors.ts";
import { carriesGroup, featureWords } from "./explainer-labels.ts";

const signed = (language: "en" | "nl", x: number) =>
  `${x > 0 ? "+" : x < 0 ? "−" : ""}${formatNumber(language, Math.abs(x), 1)}`;

/**
 * The model as a scorecard everyone can read: points per feature (per test point, per year, or for
 * "yes"), as a table and a chart. Features that stand for the group are marked.
 */
export function ScorecardTable({
  model,
  scenario,
  caption,
  chartCaption,
}: {
  readonly model: ScreeningModel;
  readonly scenario: Scenario;
  readonly caption: string;
  readonly chartCaption: string;
}) {
  const { t, language } = useT();
  const card = useMemo(() => scorecard(model), [model]);
  const lines = card.lines.map((l) => {
    const words = featureWords(scenario, l.feature);
    return { ...l, name: t(words.name), unit: t(words.unit), marked: carriesGroup(l.feature) };
  });
  const options = useMemo<Plot.PlotOptions>(() => {
    // Room beside the longest bars for their labels, on both sides.
    const low = Math.min(0, ...lines.map((l) => l.points));
    const high = Math.max(0, ...lines.map((l) => l.points));
    const pad = Math.max(4, (high - low) * 0.18);
    return {
      width: CHART.width,
      height: 50 + lines.length * 32,
      marginLeft: 230,
      marginRight: 20,
      marginBottom: 40,
      x: {
        domain: [low < 0 ? low - pad : 0, high + pad],
        label: t("learn.scorecard.axis"),
        labelAnchor: "center",
        labelOffset: 34,
        tickFormat: (d: number) => formatNumber(language, d, 0),
        grid: true,
      },
      y: { domain: lines.map((l) => l.name), label: null },
      marks: [
        Plot.barX(lines, {
          x: "points",
          y: "name",
          fill: (l: (typeof lines)[number]) => (l.points < 0 ? CHART.below : CHART.main),
        }),
        Plot.text(
          lines.filter((l) => l.points >= 0),
          {
            x: "points",
            y: "name",
            text: (l: (typeof lines)[number]) => signed(language, l.points),
            textAnchor: "start",
            dx: 4,
            fill: CHART.muted,
          },
        ),
        Plot.text(
          lines.filter((l) => l.points < 0),
          {
            x: "points",
            y: "name",
            text: (l: (typeof lines)[number]) => signed(language, l.points),
            textAnchor: "end",
            dx: -4,
            fill: CHART.muted,
          },
        ),
        Plot.ruleX([0]),
      ],
    };
  }, [lines, language, t]);
  return (
    <div className="scorecard">
      <table className="data-table compact-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("learn.scorecard.feature")}</th>
            <th scope="col" className="numeric">
              {t("learn.scorecard.points")}
            </th>
            <th scope="col">{t("learn.scorecard.counted")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("learn.scorecard.start")}</th>
            <td className="numeric">{signed(language, card.base)}</td>
            <td>{t("learn.scorecard.startNote")}</td>
          </tr>
          {lines.map((l) => (
            <tr key={l.feature} className={l.marked ? "attention-row" : undefined}>
              <th scope="row">
                {l.name}
                {l.marked && <span className="row-note">{t("learn.scorecard.carriesGroup")}</span>}
              </th>
              <td className={`numeric${l.marked && l.points < 0 ? " attention" : ""}`}>
                {signed(language, l.points)}
              </td>
              <td>{l.unit}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("learn.scorecard.howToRead", { points: POINTS_TO_DOUBLE_ODDS })}</p>
      <PlotFigure
        options={options}
        caption={chartCaption}
        description={lines.map((l) => `${l.name}: ${signed(language, l.points)} ${l.unit}`).join("; ")}
      />
    </div>
  );
}
