import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import type { GroupingResult } from "../../../core/audit/audit-report.ts";
import { formatNumber } from "../../../core/report/format-number.ts";
import { PlotFigure } from "../../components/PlotFigure.tsx";
import { useT } from "../../i18n/use-t.ts";
import { cutCurvePoints, FOUR_FIFTHS } from "./chart-data.ts";
import { CHART } from "./chart-style.ts";

/** The lowest impact ratio among the groups at each cut score, against the four-fifths line. */
export function CutCurveChart({ grouping }: { readonly grouping: GroupingResult }) {
  const { t, language } = useT();
  const points = useMemo(() => cutCurvePoints(grouping), [grouping]);
  const name = grouping.attributes.join(" × ");
  const options = useMemo<Plot.PlotOptions>(() => {
    const top = Math.max(1.05, ...points.map((p) => p.minImpactRatio));
    const title = (p: (typeof points)[number]) =>
      `${formatNumber(language, p.cut, 2)}: ${formatNumber(language, p.minImpactRatio, 2)}`;
    return {
      width: CHART.width,
      height: 300,
      marginLeft: 50,
      marginBottom: 44,
      x: {
        labelAnchor: "center",
        labelOffset: 38,
        label: t("chart.cut.xAxis"),
        tickFormat: (d: number) => formatNumber(language, d, 1),
      },
      y: {
        domain: [0, top],
        label: t("chart.cut.yAxis"),
        tickFormat: (d: number) => formatNumber(language, d, 1),
        grid: true,
      },
      marks: [
        Plot.ruleY([1], { stroke: CHART.muted }),
        Plot.ruleY([FOUR_FIFTHS], { stroke: CHART.below, strokeDasharray: "5 3", strokeWidth: 1.5 }),
        Plot.line(points, { x: "cut", y: "minImpactRatio", stroke: CHART.main, strokeWidth: 2 }),
        Plot.dot(points, { x: "cut", y: "minImpactRatio", fill: CHART.main, r: 3.5, title }),
      ],
    };
  }, [points, language, t]);
  if (points.length < 2) return null;
  const firstBelow = points.find((p) => p.minImpactRatio < FOUR_FIFTHS);
  return (
    <PlotFigure
      options={options}
      caption={t("chart.cut.caption", { grouping: name })}
      description={t("chart.cut.description", {
        list: points
          .map((p) => `${formatNumber(language, p.cut, 2)}: ${formatNumber(language, p.minImpactRatio, 2)}`)
          .join("; "),
        firstBelow: firstBelow ? formatNumber(language, firstBelow.cut, 2) : t("chart.cut.never"),
      })}
    />
  );
}
