import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import type { HistorySummary } from "../../../core/explainer/history-summary.ts";
import { formatPercent } from "../../../core/report/format-number.ts";
import { PlotFigure } from "../../components/PlotFigure.tsx";
import { useT } from "../../i18n/use-t.ts";
import { CHART, GROUP_COLOURS } from "./explainer-colors.ts";
import { capitalise } from "./explainer-labels.ts";

interface Bar {
  readonly label: string;
  readonly group: "protected" | "other";
  readonly rate: number;
}

/** The past hire rate of each group, among all applicants and among the truly suitable. */
export function HireRateChart({
  summary,
  protectedName,
  otherName,
}: {
  readonly summary: HistorySummary;
  readonly protectedName: string;
  readonly otherName: string;
}) {
  const { t, language } = useT();
  const bars = useMemo<Bar[]>(() => {
    const rate = (f: { status: string; value: number | null }) =>
      f.status === "ok" ? (f.value as number) : 0;
    const other = capitalise(otherName);
    const prot = capitalise(protectedName);
    const all = t("learn.history.all");
    const suitable = t("learn.history.suitable");
    return [
      { label: `${other}: ${all}`, group: "other", rate: rate(summary.otherGroup.hireRate) },
      { label: `${prot}: ${all}`, group: "protected", rate: rate(summary.protectedGroup.hireRate) },
      { label: `${other}: ${suitable}`, group: "other", rate: rate(summary.otherGroup.suitableHireRate) },
      {
        label: `${prot}: ${suitable}`,
        group: "protected",
        rate: rate(summary.protectedGroup.suitableHireRate),
      },
    ];
  }, [summary, protectedName, otherName, t]);
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      width: CHART.width,
      height: 60 + bars.length * 34,
      marginLeft: 230,
      marginRight: 56,
      marginBottom: 40,
      x: {
        domain: [0, 1],
        label: t("learn.history.axis"),
        labelAnchor: "center",
        labelOffset: 34,
        tickFormat: (d: number) => formatPercent(language, d).replace(/[.,]0%$/, "%"),
        grid: true,
      },
      y: { domain: bars.map((b) => b.label), label: null },
      marks: [
        Plot.barX(bars, {
          x: "rate",
          y: "label",
          fill: (b: Bar) => GROUP_COLOURS[b.group],
        }),
        Plot.text(bars, {
          x: "rate",
          y: "label",
          text: (b: Bar) => formatPercent(language, b.rate),
          textAnchor: "start",
          dx: 4,
          fill: CHART.muted,
        }),
        Plot.ruleX([0]),
      ],
    }),
    [bars, language, t],
  );
  return (
    <PlotFigure
      options={options}
      caption={t("learn.history.chart")}
      description={bars.map((b) => `${b.label}: ${formatPercent(language, b.rate)}`).join("; ")}
    />
  );
}
