import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import { FOUR_FIFTHS } from "../../../core/audit/audit-options.ts";
import { formatNumber } from "../../../core/report/format-number.ts";
import { PlotFigure } from "../../components/PlotFigure.tsx";
import { useT } from "../../i18n/use-t.ts";
import { CHART } from "./explainer-colors.ts";

interface CurvePoint {
  readonly threshold: number;
  readonly impactRatio: number | null;
}

/** The impact ratio at every threshold, the four-fifths line, and where the slider stands. */
export function ImpactCurveChart({
  curve,
  threshold,
  current,
  protectedName,
}: {
  readonly curve: readonly CurvePoint[];
  /** The slider's threshold (0–1) and the impact ratio there. */
  readonly threshold: number;
  readonly current: number | null;
  readonly protectedName: string;
}) {
  const { t, language } = useT();
  const options = useMemo<Plot.PlotOptions>(() => {
    const defined = curve.filter((p) => p.impactRatio !== null);
    const top = Math.max(1.2, ...defined.map((p) => p.impactRatio as number));
    return {
      width: CHART.width,
      height: 300,
      marginLeft: 50,
      marginBottom: 44,
      x: {
        domain: [0, 100],
        label: t("learn.threshold.axis"),
        labelAnchor: "center",
        labelOffset: 38,
        tickFormat: (d: number) => `${d}%`,
      },
      y: {
        domain: [0, top],
        label: t("learn.curve.axis"),
        tickFormat: (d: number) => formatNumber(language, d, 1),
        grid: true,
      },
      marks: [
        Plot.ruleY([1], { stroke: CHART.muted }),
        Plot.ruleY([FOUR_FIFTHS], { stroke: CHART.below, strokeDasharray: "5 3", strokeWidth: 1.5 }),
        Plot.ruleX([threshold * 100], { stroke: CHART.muted, strokeDasharray: "2 3" }),
        Plot.line(
          curve.map((p) => ({ x: p.threshold * 100, y: p.impactRatio })),
          { x: "x", y: "y", stroke: CHART.main, strokeWidth: 2 },
        ),
        ...(current === null
          ? []
          : [Plot.dot([{ x: threshold * 100, y: current }], { x: "x", y: "y", fill: CHART.main, r: 5 })]),
      ],
    };
  }, [curve, threshold, current, language, t]);
  const list = curve
    .map(
      (p) =>
        `${Math.round(p.threshold * 100)}%: ${p.impactRatio === null ? "–" : formatNumber(language, p.impactRatio, 2)}`,
    )
    .join("; ");
  return (
    <PlotFigure
      options={options}
      caption={t("learn.curve.caption", { group: protectedName })}
      description={t("learn.curve.description", { list })}
    />
  );
}
