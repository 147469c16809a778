import type { Language } from "../i18n/language.ts";
import { translate } from "../i18n/translate.ts";
import type { AuditDocument } from "./audit-document.ts";
import { formatCount, formatDate, formatFigure, formatNumber, formatP } from "./format-number.ts";
import { plainSummary, warningText } from "./plain-summary.ts";
import {
  errorRateTable,
  funnelTable,
  groupLabel,
  scoringTable,
  selectionTable,
  strataTable,
  type TextTable,
} from "./report-tables.ts";

/** The terminal report: a summary, then one compact table per grouping, then warnings. */
export function renderText(language: Language, doc: AuditDocument): string {
  const out: string[] = [];
  out.push(
    `${translate(language, "report.title")} · ${translate(language, "report.rows", { rows: formatCount(language, doc.rows) })}`,
  );
  out.push(
    translate(language, "report.overall", {
      selected: formatCount(language, doc.overall.selected),
      n: formatCount(language, doc.overall.n),
      rate: formatFigure(language, doc.overall.selectionRate),
    }),
  );
  if (doc.period)
    out.push(
      translate(language, "report.period", {
        first: formatDate(language, doc.period.first),
        last: formatDate(language, doc.period.last),
      }),
    );
  if (doc.stages) out.push(translate(language, "report.stages", { stages: doc.stages.join(" → ") }));
  if (doc.score) {
    out.push(
      translate(language, "report.median", {
        scored: formatCount(language, doc.score.scored),
        median: formatNumber(language, doc.score.median, 2),
      }),
    );
  }
  out.push("", `${translate(language, "section.summary")}:`);
  for (const line of plainSummary(language, doc)) out.push(`  - ${line}`);
  for (const g of doc.groupings) {
    out.push("", ...textTable(selectionTable(language, g, true)));
    out.push(
      g.reference
        ? translate(language, "report.reference", {
            reference: groupLabel(g.reference),
            rule: translate(language, `report.rule.${g.referenceRule}`),
          })
        : translate(language, "report.reference.none", { reason: g.referenceReason ?? "" }),
    );
    if (g.unknown > 0)
      out.push(translate(language, "report.unknown", { count: formatCount(language, g.unknown) }));
    for (const e of g.excluded) {
      out.push(
        translate(language, "report.excluded", {
          group: groupLabel(e.key),
          share: `${formatNumber(language, e.share * 100, 1)}%`,
        }),
      );
    }
    if (g.chiSquare.status === "ok") {
      out.push(
        translate(language, "report.chiSquare", {
          statistic: formatNumber(language, g.chiSquare.statistic ?? 0, 2),
          df: g.chiSquare.df,
          p: formatP(language, g.chiSquare.pValue),
        }),
      );
    }
    for (const extra of [
      scoringTable(language, g),
      errorRateTable(language, g),
      funnelTable(language, doc, g),
      strataTable(language, g),
    ]) {
      if (extra) out.push("", ...textTable(extra));
    }
  }
  out.push("", translate(language, "report.legend"));
  const f = doc.findings;
  out.push(
    translate(language, "report.findings", {
      below: f.belowFourFifths,
      comparisons: f.comparisons,
      significant: f.significant,
      both: f.belowFourFifthsAndSignificant,
    }),
  );
  if (doc.warnings.length > 0) {
    out.push("", `${translate(language, "section.warnings")}:`);
    for (const w of doc.warnings) out.push(`  ! ${warningText(language, w)}`);
  }
  out.push(
    "",
    translate(language, "report.provenance", {
      input: String(doc.provenance.input.path ?? doc.provenance.input.table ?? "query"),
      sha: doc.provenance.input.sha256 ? `${doc.provenance.input.sha256.slice(0, 16)}…` : "–",
      version: doc.provenance.version,
      generatedAt: doc.provenance.generatedAt,
    }),
  );
  return `${out.join("\n")}\n`;
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function textTable(table: TextTable): string[] {
  const widths = table.headers.map((h, i) =>
    Math.max(h.length, ...table.rows.map((r) => (r[i] ?? "").length)),
  );
  const numeric = table.headers.map(
    (_, i) => i > 0 && table.rows.every((r) => /^[-–<0-9.,;%×() *[\]]*$/.test(r[i] ?? "")),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [
    table.title,
    line(table.headers),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...table.rows.map(line),
  ];
}
