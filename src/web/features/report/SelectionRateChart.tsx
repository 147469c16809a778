import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import type { GroupingResult } from "../../../core/audit/audit-report.ts";
import type { Figure } from "../../../core/audit/figure.ts";
import { formatNumber, formatPercent } from "../../../core/report/format-number.ts";
import { PlotFigure } from "../../components/PlotFigure.tsx";
import { useT } from "../../i18n/use-t.ts";
import { describePoints, labelMargin, selectionRatePoints } from "./chart-data.ts";
import { CHART } from "./chart-style.ts";

/** Each shown group's selection rate (dot) with its 95 % Wilson interval (line); dashed: overall. */
export function SelectionRateChart({
  grouping,
  overall,
}: {
  readonly grouping: GroupingResult;
  readonly overall: Figure;
}) {
  const { t, language } = useT();
  const points = useMemo(() => selectionRatePoints(grouping), [grouping]);
  const name = grouping.attributes.join(" × ");
  const options = useMemo<Plot.PlotOptions>(() => {
    const groups = points.map((p) => p.group);
    // Rates are often far below 100 %: use the room up to just beyond the highest interval.
    const top = Math.min(1, Math.max(0.1, ...points.map((p) => p.upper ?? p.value)) * 1.1);
    return {
      width: CHART.width,
      height: 50 + points.length * CHART.rowHeight,
      marginLeft: labelMargin(groups),
      marginRight: 24,
      marginBottom: 44,
      x: {
        labelAnchor: "center",
        labelOffset: 38,
        domain: [0, top],
        nice: true,
        label: t("chart.rate.axis"),
        tickFormat: (d: number) => `${formatNumber(language, d * 100, 0)}%`,
        grid: true,
      },
      y: { domain: groups, label: null },
      marks: [
        ...(overall.status === "ok"
          ? [Plot.ruleX([overall.value], { stroke: CHART.muted, strokeDasharray: "4 3" })]
          : []),
        Plot.ruleY(
          points.filter((p) => p.lower !== null),
          { y: "group", x1: "lower", x2: "upper", stroke: CHART.main, strokeWidth: 2 },
        ),
        Plot.dot(points, {
          x: "value",
          y: "group",
          fill: CHART.main,
          r: 4.5,
          title: (p: (typeof points)[number]) => `${p.group}: ${formatPercent(language, p.value)}`,
        }),
      ],
    };
  }, [points, overall, language, t]);
  if (points.length === 0) return null;
  return (
    <PlotFigure
      options={options}
      caption={t("chart.rate.caption", { grouping: name })}
      description={t("chart.rate.description", {
        list: describePoints(language, points, "percent"),
        overall: overall.status === "ok" ? formatPercent(language, overall.value) : "–",
      })}
    />
  );
}
