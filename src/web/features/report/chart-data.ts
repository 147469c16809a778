import type { GroupingResult } from "../../../core/audit/audit-report.ts";
import type { Figure } from "../../../core/audit/figure.ts";
import type { Language } from "../../../core/i18n/language.ts";
import { formatNumber, formatPercent } from "../../../core/report/format-number.ts";
import { groupLabel } from "../../../core/report/report-tables.ts";

/** The four-fifths line (29 CFR 1607.4(D)). */
export const FOUR_FIFTHS = 0.8;

/** One group's value with its confidence interval, ready to plot. */
export interface IntervalPoint {
  readonly group: string;
  readonly value: number;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Impact ratio below four-fifths. */
  readonly below: boolean;
}

function point(group: string, f: Figure, below: boolean): IntervalPoint | undefined {
  if (f.status !== "ok") return undefined;
  const ci = f.ci?.status === "ok" ? f.ci : null;
  return { group, value: f.value, lower: ci?.lower ?? null, upper: ci?.upper ?? null, below };
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;

/** Selection rate of every shown group (suppressed groups have none), with its Wilson interval. */
export function selectionRatePoints(grouping: GroupingResult): IntervalPoint[] {
  return grouping.groups
    .map((g) => point(groupLabel(g.key), g.selectionRate, g.belowFourFifths === true))
    .filter(defined);
}

/** Impact ratio of every compared group (not the reference), with its Katz interval. */
export function impactRatioPoints(grouping: GroupingResult): IntervalPoint[] {
  return grouping.groups
    .filter((g) => !g.isReference)
    .map((g) => point(groupLabel(g.key), g.impactRatio, g.belowFourFifths === true))
    .filter(defined);
}

export interface FunnelPoint {
  readonly stage: string;
  readonly group: string;
  /** The group's rate of advancing from this stage. */
  readonly rate: number;
  /** Against the reference's rate at this stage; null for the reference and when undefined. */
  readonly impactRatio: number | null;
  readonly below: boolean;
}

/** Stage-wise selection rates of every shown group, in stage order. */
export function funnelPoints(grouping: GroupingResult): FunnelPoint[] {
  return grouping.groups.flatMap((g) =>
    (g.stages ?? []).flatMap((s) => {
      if (s.status === "suppressed" || s.selectionRate.status !== "ok") return [];
      const ir = !g.isReference && s.impactRatio.status === "ok" ? s.impactRatio.value : null;
      return [
        {
          stage: s.stage,
          group: groupLabel(g.key),
          rate: s.selectionRate.value,
          impactRatio: ir,
          below: ir !== null && ir < FOUR_FIFTHS,
        },
      ];
    }),
  );
}

export interface CutCurvePoint {
  readonly cut: number;
  readonly minImpactRatio: number;
}

/** The lowest impact ratio at each cut score where it is defined. */
export function cutCurvePoints(grouping: GroupingResult): CutCurvePoint[] {
  return (grouping.cutCurve ?? []).flatMap((p) =>
    p.minImpactRatio.status === "ok" ? [{ cut: p.cut, minImpactRatio: p.minImpactRatio.value }] : [],
  );
}

/** An upper end for a ratio axis: at least 1.25, at most 3 (wide intervals of small groups are clipped). */
export function ratioAxisMax(points: readonly IntervalPoint[]): number {
  const highest = Math.max(0, ...points.map((p) => p.upper ?? p.value));
  return Math.min(3, Math.max(1.25, highest * 1.05));
}

/** Room on the left for the group names of a chart. */
export function labelMargin(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.min(260, Math.max(60, 12 + longest * 7));
}

/** The points as a sentence list, e.g. "man 42,0% [38,1%; 45,9%]", for the chart's text alternative. */
export function describePoints(
  language: Language,
  points: readonly IntervalPoint[],
  kind: "percent" | "ratio",
): string {
  const format = (x: number) =>
    kind === "percent" ? formatPercent(language, x) : formatNumber(language, x, 2);
  const separator = language === "nl" ? "; " : ", ";
  return points
    .map((p) => {
      const interval =
        p.lower !== null && p.upper !== null ? ` [${format(p.lower)}${separator}${format(p.upper)}]` : "";
      return `${p.group} ${format(p.value)}${interval}`;
    })
    .join("; ");
}
