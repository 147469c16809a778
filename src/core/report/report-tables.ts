import type { AuditReport, GroupingResult, GroupKey, GroupResult } from "../audit/audit-report.ts";
import { ERROR_RATE_NAMES } from "../audit/error-rates.ts";
import type { Language } from "../i18n/language.ts";
import type { MessageKey } from "../i18n/messages-en.ts";
import { translate } from "../i18n/translate.ts";
import { figureInterval, formatCount, formatFigure, formatNumber, formatP } from "./format-number.ts";

/** A table of formatted cells, the shared model of the terminal, Markdown and HTML renderers. */
export interface TextTable {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Per row, a tooltip with the reason of undefined figures (HTML only). */
  readonly notes?: readonly (string | undefined)[];
}

export const groupLabel = (key: GroupKey): string => Object.values(key).join(" × ");

/** The selection table of one grouping; `compact` keeps the columns that fit a terminal. */
export function selectionTable(language: Language, grouping: GroupingResult, compact: boolean): TextTable {
  const t = (k: MessageKey) => translate(language, k);
  const headers = compact
    ? [
        "col.group",
        "col.n",
        "col.selected",
        "col.rate",
        "col.ir",
        "col.irCi",
        "col.flag",
        "col.fisher",
        "col.holm",
        "col.shortfall",
        "col.flip",
      ]
    : [
        "col.group",
        "col.status",
        "col.n",
        "col.selected",
        "col.rate",
        "col.rateCi",
        "col.ir",
        "col.irCi",
        "col.flag",
        "col.fisher",
        "col.midP",
        "col.z",
        "col.zP",
        "col.holm",
        "col.bh",
        "col.shortfall",
        "col.flip",
        "col.oddsRatio",
        "col.cohensH",
      ];
  const rows = grouping.groups.map((g) => {
    const cells: Record<string, string> = {
      "col.group": groupLabel(g.key),
      "col.status": statusText(language, g),
      "col.n": g.n === null ? "–" : formatCount(language, g.n),
      "col.selected": g.selected === null ? "–" : formatCount(language, g.selected),
      "col.rate": formatFigure(language, g.selectionRate),
      "col.rateCi": figureInterval(language, g.selectionRate),
      "col.ir": g.isReference
        ? t("flag.reference")
        : g.status === "suppressed"
          ? t("status.suppressed")
          : formatFigure(language, g.impactRatio),
      "col.irCi": figureInterval(language, g.impactRatio),
      "col.flag": g.belowFourFifths ? t("flag.below") : "",
      "col.fisher": g.fisher && g.fisher.status === "ok" ? formatP(language, g.fisher.pValue) : "–",
      "col.midP": g.fisher && g.fisher.status === "ok" ? formatP(language, g.fisher.midP) : "–",
      "col.z": g.zTest && g.zTest.status === "ok" ? formatNumber(language, g.zTest.statistic ?? 0, 2) : "–",
      "col.zP": g.zTest && g.zTest.status === "ok" ? formatP(language, g.zTest.pValue) : "–",
      "col.holm": g.pAdjusted ? `${formatP(language, g.pAdjusted.holm)}${g.significant ? " *" : ""}` : "–",
      "col.bh": g.pAdjusted ? formatP(language, g.pAdjusted.bh) : "–",
      "col.shortfall": g.shortfall ? formatNumber(language, g.shortfall.value, 1) : "–",
      "col.flip": g.onePersonFlips === null ? "–" : g.onePersonFlips ? t("flag.yes") : t("flag.no"),
      "col.oddsRatio": formatFigure(language, g.oddsRatio),
      "col.cohensH": g.cohensH === null ? "–" : formatNumber(language, g.cohensH, 2),
    };
    return headers.map((h) => cells[h] ?? "");
  });
  return {
    title: translate(language, "report.grouping", { attributes: grouping.attributes.join(" × ") }),
    headers: headers.map((h) => t(h as MessageKey)),
    rows,
    notes: grouping.groups.map(reasonOf),
  };
}

export function scoringTable(language: Language, grouping: GroupingResult): TextTable | undefined {
  if (!grouping.groups.some((g) => g.scoring)) return undefined;
  const t = (k: MessageKey) => translate(language, k);
  const shown = grouping.groups.filter((g) => g.scoring);
  return {
    title: `${t("section.scoring")}: ${grouping.attributes.join(" × ")}`,
    headers: [
      t("col.group"),
      t("col.n"),
      t("col.scoringRate"),
      t("col.scoringIr"),
      t("col.irCi"),
      "μ",
      t("col.smd"),
      "95% CI",
    ],
    rows: shown.map((g) => {
      const s = g.scoring!;
      return [
        groupLabel(g.key),
        formatCount(language, s.scored),
        formatFigure(language, g.scoringRate),
        isSameKey(g.key, grouping.scoringReference)
          ? t("flag.reference")
          : formatFigure(language, g.scoringImpactRatio),
        figureInterval(language, g.scoringImpactRatio),
        formatFigure(language, s.meanScore, 2),
        formatFigure(language, s.standardizedMeanDifference, 2),
        figureInterval(language, s.standardizedMeanDifference, 2),
      ];
    }),
  };
}

export function errorRateTable(language: Language, grouping: GroupingResult): TextTable | undefined {
  const shown = grouping.groups.filter((g) => g.errorRates);
  if (shown.length === 0) return undefined;
  return {
    title: `${translate(language, "section.errorRates")}: ${grouping.attributes.join(" × ")}`,
    headers: [translate(language, "col.group"), ...ERROR_RATE_NAMES.map((n) => n.toUpperCase())],
    rows: shown.map((g) => [
      groupLabel(g.key),
      ...ERROR_RATE_NAMES.map((n) => {
        const rate = formatFigure(language, g[n]);
        const ratio = g.errorRates!.ratios[n];
        return ratio.status === "ok" ? `${rate} (×${formatNumber(language, ratio.value, 2)})` : rate;
      }),
    ]),
  };
}

export function funnelTable(
  language: Language,
  report: AuditReport,
  grouping: GroupingResult,
): TextTable | undefined {
  if (!report.stages) return undefined;
  const shown = grouping.groups.filter((g) => g.stages);
  return {
    title: `${translate(language, "section.funnel")}: ${grouping.attributes.join(" × ")}`,
    headers: [
      translate(language, "col.group"),
      ...report.stages.map((s) => `${s}: n / ${translate(language, "col.rate")} / IR`),
      translate(language, "col.gapStage"),
    ],
    rows: shown.map((g) => [
      groupLabel(g.key),
      ...(g.stages ?? []).map((s) =>
        s.status === "suppressed"
          ? translate(language, "status.suppressed")
          : `${formatCount(language, s.n ?? 0)} / ${formatFigure(language, s.selectionRate)} / ${g.isReference ? translate(language, "flag.reference") : formatFigure(language, s.impactRatio)}`,
      ),
      g.gapStage ?? "–",
    ]),
  };
}

export function strataTable(language: Language, grouping: GroupingResult): TextTable | undefined {
  const shown = grouping.groups.filter((g) => g.stratified);
  if (shown.length === 0) return undefined;
  return {
    title: `${translate(language, "section.strata")}: ${grouping.attributes.join(" × ")}`,
    headers: [
      translate(language, "col.group"),
      "χ²(MH)",
      translate(language, "col.cmh"),
      "OR(MH)",
      "OR(pooled)",
      "Simpson",
    ],
    rows: shown.map((g) => {
      const s = g.stratified!;
      const r = s.result;
      return [
        groupLabel(g.key),
        r.status === "ok" ? formatNumber(language, r.statistic, 3) : "–",
        r.status === "ok" ? formatP(language, r.pValue) : "–",
        r.status === "ok" ? formatFigure(language, r.commonOddsRatio) : "–",
        formatFigure(language, s.pooledOddsRatio),
        s.simpson ? "⚠" : "",
      ];
    }),
  };
}

export function cutCurveTable(language: Language, grouping: GroupingResult): TextTable | undefined {
  if (!grouping.cutCurve || grouping.cutCurve.length === 0) return undefined;
  const keys = grouping.cutCurve[0]?.groups.map((g) => g.key) ?? [];
  return {
    title: `${translate(language, "section.cutCurve")}: ${grouping.attributes.join(" × ")}`,
    headers: [translate(language, "col.cut"), translate(language, "col.minIr"), ...keys.map(groupLabel)],
    rows: grouping.cutCurve.map((p) => [
      formatNumber(language, p.cut, 2),
      formatFigure(language, p.minImpactRatio),
      ...p.groups.map((g) => formatFigure(language, g.impactRatio)),
    ]),
  };
}

function statusText(language: Language, g: GroupResult): string {
  return translate(language, `status.${g.status}` as MessageKey);
}

function reasonOf(g: GroupResult): string | undefined {
  if (g.reason) return g.reason;
  if (g.impactRatio.status === "undefined") return g.impactRatio.reason;
  return undefined;
}

export function isSameKey(a: GroupKey, b: GroupKey | null): boolean {
  if (!b) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
