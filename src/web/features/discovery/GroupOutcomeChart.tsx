import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import type { DiscoveryDocument } from "../../../core/discovery/discovery-document.ts";
import { formatNumber, formatPercent } from "../../../core/report/format-number.ts";
import { PlotFigure } from "../../components/PlotFigure.tsx";
import { useT } from "../../i18n/use-t.ts";
import { labelMargin } from "../report/chart-data.ts";
import { CHART } from "../report/chart-style.ts";
import { type GroupPoint, groupPoints, outcomeDomain } from "./group-chart-data.ts";

/**
 * Each group's outcome in the held-out half (a dot; a red triangle when significantly worse off after
 * Holm) against the rest's (a ring), with the interval of the difference drawn around the rest's mean;
 * the dashed line is the mean over everyone. Unstable groups say so in their label.
 */
export function GroupOutcomeChart({ doc }: { readonly doc: DiscoveryDocument }) {
  const { t, language } = useT();
  const binary = doc.outcome.binary;
  const points = useMemo(
    () =>
      groupPoints(doc.clusters, binary, (c) => {
        const unstable = c.stability.status === "ok" && !c.stability.stable;
        const name = t(doc.method === "hbac" ? "discovery.chart.cluster" : "discovery.chart.label", {
          id: c.id,
        });
        return unstable ? t("discovery.chart.unstable", { name }) : name;
      }),
    [doc, binary, t],
  );
  const format = useMemo(
    () => (x: number) => (binary ? formatPercent(language, x) : formatNumber(language, x, 2)),
    [binary, language],
  );
  const options = useMemo<Plot.PlotOptions>(() => {
    const labels = points.map((p) => p.label);
    const title = (p: GroupPoint) =>
      t("discovery.chart.point", { group: p.label, value: format(p.group), rest: format(p.rest) });
    return {
      width: CHART.width,
      // Room for one row at least as tall as an audit chart of two groups.
      height: 60 + Math.max(2, points.length) * CHART.rowHeight,
      marginLeft: labelMargin(labels),
      marginRight: 24,
      marginBottom: 44,
      x: {
        labelAnchor: "center",
        labelOffset: 38,
        domain: outcomeDomain(points, binary),
        nice: true,
        label: binary ? t("discovery.chart.axisRate") : t("discovery.chart.axisScore"),
        tickFormat: (d: number) =>
          binary ? `${formatNumber(language, d * 100, 0)}%` : formatNumber(language, d, 1),
        grid: true,
      },
      y: { domain: labels, label: null },
      marks: [
        Plot.ruleX([doc.outcome.overallMean], { stroke: CHART.muted, strokeDasharray: "4 3" }),
        Plot.ruleY(
          points.filter((p) => p.lower !== null),
          { y: "label", x1: "lower", x2: "upper", stroke: CHART.main, strokeWidth: 2 },
        ),
        Plot.dot(points, { x: "rest", y: "label", stroke: CHART.muted, strokeWidth: 2, r: 5, fill: "white" }),
        Plot.dot(
          points.filter((p) => !p.significant),
          { x: "group", y: "label", fill: CHART.main, r: 4.5, title },
        ),
        Plot.dot(
          points.filter((p) => p.significant),
          { x: "group", y: "label", fill: CHART.below, symbol: "triangle", r: 6, title },
        ),
      ],
    };
  }, [points, binary, doc.outcome.overallMean, format, language, t]);
  if (points.length === 0) return null;
  const describe = (p: GroupPoint) => {
    const interval =
      p.lower !== null && p.upper !== null
        ? t("discovery.chart.interval", { lower: format(p.lower), upper: format(p.upper) })
        : "";
    const verdict = p.significant ? t("discovery.chart.significant") : t("discovery.chart.notSignificant");
    return t("discovery.chart.item", {
      group: p.label,
      value: format(p.group),
      rest: format(p.rest),
      interval,
      verdict,
    });
  };
  return (
    <PlotFigure
      options={options}
      caption={t("discovery.chart.caption")}
      description={t("discovery.chart.description", {
        list: points.map(describe).join(" "),
        overall: format(doc.outcome.overallMean),
      })}
    />
  );
}
