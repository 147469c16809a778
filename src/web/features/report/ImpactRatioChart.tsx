import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import type { GroupingResult } from "../../../core/audit/audit-report.ts";
import { formatNumber } from "../../../core/report/format-number.ts";
import { groupLabel } from "../../../core/report/report-tables.ts";
import { PlotFigure } from "../../components/PlotFigure.tsx";
import { useT } from "../../i18n/use-t.ts";
import { describePoints, FOUR_FIFTHS, impactRatioPoints, labelMargin, ratioAxisMax } from "./chart-data.ts";
import { CHART } from "./chart-style.ts";

/**
 * Each compared group's impact ratio (dot; a triangle when below 0.8) with its Katz interval, against
 * the four-fifths line (dashed) and parity (1).
 */
export function ImpactRatioChart({ grouping }: { readonly grouping: GroupingResult }) {
  const { t, language } = useT();
  const points = useMemo(() => impactRatioPoints(grouping), [grouping]);
  const name = grouping.attributes.join(" × ");
  const options = useMemo<Plot.PlotOptions>(() => {
    const groups = points.map((p) => p.group);
    const max = ratioAxisMax(points);
    const title = (p: (typeof points)[number]) => `${p.group}: ${formatNumber(language, p.value, 2)}`;
    return {
      width: CHART.width,
      height: 50 + points.length * CHART.rowHeight,
      marginLeft: labelMargin(groups),
      marginRight: 24,
      marginBottom: 44,
      x: {
        labelAnchor: "center",
        labelOffset: 38,
        domain: [0, max],
        label: t("chart.ir.axis"),
        tickFormat: (d: number) => formatNumber(language, d, 1),
        grid: true,
      },
      y: { domain: groups, label: null },
      marks: [
        Plot.ruleX([1], { stroke: CHART.muted }),
        Plot.ruleX([FOUR_FIFTHS], { stroke: CHART.below, strokeDasharray: "5 3", strokeWidth: 1.5 }),
        Plot.ruleY(
          points.filter((p) => p.lower !== null),
          {
            y: "group",
            x1: "lower",
            x2: (p: (typeof points)[number]) => Math.min(p.upper ?? 0, max),
            stroke: CHART.main,
            strokeWidth: 2,
          },
        ),
        Plot.dot(
          points.filter((p) => !p.below),
          { x: "value", y: "group", fill: CHART.main, r: 4.5, title },
        ),
        Plot.dot(
          points.filter((p) => p.below),
          { x: "value", y: "group", fill: CHART.below, symbol: "triangle", r: 6, title },
        ),
      ],
    };
  }, [points, language, t]);
  if (points.length === 0) return null;
  return (
    <PlotFigure
      options={options}
      caption={t("chart.ir.caption", {
        grouping: name,
        reference: grouping.reference ? groupLabel(grouping.reference) : "–",
      })}
      description={t("chart.ir.description", {
        list: describePoints(language, points, "ratio"),
        below:
          points
            .filter((p) => p.below)
            .map((p) => p.group)
            .join(", ") || t("chart.ir.noneBelow"),
      })}
    />
  );
}
