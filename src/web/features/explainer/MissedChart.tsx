import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import type { GroupOutcome } from "../../../core/explainer/threshold-outcome.ts";
import { formatCount, formatPercent } from "../../../core/report/format-number.ts";
import { PlotFigure } from "../../components/PlotFigure.tsx";
import { useT } from "../../i18n/use-t.ts";
import { CHART, GROUP_COLOURS } from "./explainer-colors.ts";
import { capitalise } from "./explainer-labels.ts";

interface Bar {
  readonly label: string;
  readonly group: "protected" | "other";
  readonly share: number;
  readonly missed: number;
  readonly suitable: number;
}

/** Per group, the share of the truly suitable whom the threshold leaves out. */
export function MissedChart({
  protectedGroup,
  otherGroup,
  protectedName,
  otherName,
}: {
  readonly protectedGroup: GroupOutcome;
  readonly otherGroup: GroupOutcome;
  readonly protectedName: string;
  readonly otherName: string;
}) {
  const { t, language } = useT();
  const bars = useMemo<Bar[]>(
    () =>
      [
        { label: capitalise(otherName), group: "other" as const, outcome: otherGroup },
        { label: capitalise(protectedName), group: "protected" as const, outcome: protectedGroup },
      ].map(({ label, group, outcome }) => ({
        label,
        group,
        share: outcome.suitable > 0 ? outcome.missedSuitable / outcome.suitable : 0,
        missed: outcome.missedSuitable,
        suitable: outcome.suitable,
      })),
    [protectedGroup, otherGroup, protectedName, otherName],
  );
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      width: CHART.width,
      height: 130,
      marginLeft: 230,
      marginRight: 110,
      marginBottom: 40,
      x: {
        domain: [0, 1],
        label: t("learn.missed.axis"),
        labelAnchor: "center",
        labelOffset: 34,
        tickFormat: (d: number) => formatPercent(language, d).replace(/[.,]0%$/, "%"),
        grid: true,
      },
      y: { domain: bars.map((b) => b.label), label: null },
      marks: [
        Plot.barX(bars, { x: "share", y: "label", fill: (b: Bar) => GROUP_COLOURS[b.group] }),
        Plot.text(bars, {
          x: "share",
          y: "label",
          text: (b: Bar) => `${formatPercent(language, b.share)} (${formatCount(language, b.missed)})`,
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
      caption={t("learn.missed.caption")}
      description={bars
        .map((b) =>
          t("learn.missed.describe", {
            group: b.label,
            missed: formatCount(language, b.missed),
            suitable: formatCount(language, b.suitable),
            share: formatPercent(language, b.share),
          }),
        )
        .join(" ")}
    />
  );
}
