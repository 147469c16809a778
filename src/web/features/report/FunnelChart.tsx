import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import type { GroupingResult } from "../../../core/audit/audit-report.ts";
import { formatNumber, formatPercent } from "../../../core/report/format-number.ts";
import { PlotFigure } from "../../components/PlotFigure.tsx";
import { useT } from "../../i18n/use-t.ts";
import { funnelPoints, labelMargin } from "./chart-data.ts";
import { CHART } from "./chart-style.ts";

/**
 * The funnel: per stage (one panel each, first to last), each group's rate of advancing from that
 * stage; a red triangle marks a stage-wise impact ratio below 0.8.
 */
export function FunnelChart({
  grouping,
  stages,
}: {
  readonly grouping: GroupingResult;
  readonly stages: readonly string[];
}) {
  const { t, language } = useT();
  const points = useMemo(() => funnelPoints(grouping), [grouping]);
  const name = grouping.attributes.join(" × ");
  const options = useMemo<Plot.PlotOptions>(() => {
    const groups = [...new Set(points.map((p) => p.group))];
    const title = (p: (typeof points)[number]) =>
      `${p.stage}, ${p.group}: ${formatPercent(language, p.rate)}${p.impactRatio === null ? "" : ` (IR ${formatNumber(language, p.impactRatio, 2)})`}`;
    return {
      width: CHART.width,
      height: 50 + stages.length * (groups.length * 22 + 16),
      marginLeft: labelMargin(groups),
      marginRight: labelMargin(stages),
      marginBottom: 44,
      x: {
        labelAnchor: "center",
        labelOffset: 38,
        domain: [0, 1],
        label: t("chart.funnel.axis"),
        tickFormat: (d: number) => `${formatNumber(language, d * 100, 0)}%`,
        grid: true,
      },
      y: { domain: groups, label: null },
      fy: { domain: [...stages], label: null },
      marks: [
        Plot.frame({ stroke: "#d0d0d0" }),
        Plot.dot(
          points.filter((p) => !p.below),
          { x: "rate", y: "group", fy: "stage", fill: CHART.main, r: 4.5, title },
        ),
        Plot.dot(
          points.filter((p) => p.below),
          { x: "rate", y: "group", fy: "stage", fill: CHART.below, symbol: "triangle", r: 6, title },
        ),
      ],
    };
  }, [points, stages, language, t]);
  if (points.length === 0) return null;
  const description = stages
    .map((stage) => {
      const at = points.filter((p) => p.stage === stage);
      const list = at
        .map(
          (p) =>
            `${p.group} ${formatPercent(language, p.rate)}${p.impactRatio === null ? "" : ` (IR ${formatNumber(language, p.impactRatio, 2)})`}`,
        )
        .join(", ");
      return `${stage}: ${list || "–"}`;
    })
    .join("; ");
  return (
    <PlotFigure
      options={options}
      caption={t("chart.funnel.caption", { grouping: name })}
      description={t("chart.funnel.description", { list: description })}
    />
  );
}
