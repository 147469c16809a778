import type { Language } from "../i18n/language.ts";
import { translate } from "../i18n/translate.ts";
import type { AuditDocument } from "./audit-document.ts";
import { formatCount, formatDate, formatFigure } from "./format-number.ts";
import { plainSummary, warningText } from "./plain-summary.ts";
import { fullTables } from "./report-sections.ts";
import type { TextTable } from "./report-tables.ts";

/** The report as Markdown: summary, every table in full, warnings and provenance. */
export function renderMarkdown(language: Language, doc: AuditDocument): string {
  const out: string[] = [`# ${translate(language, "report.title")}`, ""];
  out.push(
    translate(language, "report.overall", {
      selected: formatCount(language, doc.overall.selected),
      n: formatCount(language, doc.overall.n),
      rate: formatFigure(language, doc.overall.selectionRate),
    }),
    ...(doc.period
      ? [
          "",
          translate(language, "report.period", {
            first: formatDate(language, doc.period.first),
            last: formatDate(language, doc.period.last),
          }),
        ]
      : []),
    "",
    `## ${translate(language, "section.summary")}`,
    "",
    ...plainSummary(language, doc).map((l) => `- ${l}`),
    "",
  );
  for (const table of fullTables(language, doc)) out.push(...markdownTable(table), "");
  out.push(`_${translate(language, "report.legend")}_`, "");
  if (doc.warnings.length > 0) {
    out.push(
      `## ${translate(language, "section.warnings")}`,
      "",
      ...doc.warnings.map((w) => `- ${warningText(language, w)}`),
      "",
    );
  }
  out.push(
    translate(language, "report.provenance", {
      input: String(doc.provenance.input.path ?? doc.provenance.input.table ?? "query"),
      sha: doc.provenance.input.sha256 ?? "–",
      version: doc.provenance.version,
      generatedAt: doc.provenance.generatedAt,
    }),
    "",
  );
  return out.join("\n");
}

function markdownTable(t: TextTable): string[] {
  // Values come from the user's data: keep them on one line and inert (no HTML, no table breaks).
  const esc = (s: string) =>
    s
      .replace(/[\r\n]+/g, " ")
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll("|", "\\|");
  return [
    `### ${esc(t.title)}`,
    "",
    `| ${t.headers.map(esc).join(" | ")} |`,
    `|${t.headers.map(() => "---").join("|")}|`,
    ...t.rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ];
}
