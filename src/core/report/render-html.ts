import type { Language } from "../i18n/language.ts";
import { translate } from "../i18n/translate.ts";
import type { AuditDocument } from "./audit-document.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatCount, formatDate, formatFigure } from "./format-number.ts";
import { impactRatioChart } from "./impact-ratio-chart.ts";
import { plainSummary, warningText } from "./plain-summary.ts";
import { groupingTables } from "./report-sections.ts";
import type { TextTable } from "./report-tables.ts";

/** A self-contained HTML report (no scripts, no external files): summary, charts, every table. */
export function renderHtml(language: Language, doc: AuditDocument): string {
  const title = translate(language, "report.title");
  const body: string[] = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(
      translate(language, "report.overall", {
        selected: formatCount(language, doc.overall.selected),
        n: formatCount(language, doc.overall.n),
        rate: formatFigure(language, doc.overall.selectionRate),
      }),
    )}</p>`,
    ...(doc.period
      ? [
          `<p>${escapeHtml(translate(language, "report.period", { first: formatDate(language, doc.period.first), last: formatDate(language, doc.period.last) }))}</p>`,
        ]
      : []),
    `<h2>${escapeHtml(translate(language, "section.summary"))}</h2>`,
    `<ul>${plainSummary(language, doc)
      .map((l) => `<li>${escapeHtml(l)}</li>`)
      .join("")}</ul>`,
  ];
  for (const g of doc.groupings) {
    body.push(
      `<section><h2>${escapeHtml(translate(language, "report.grouping", { attributes: g.attributes.join(" × ") }))}</h2>`,
    );
    const chart = impactRatioChart(language, g);
    if (chart) {
      body.push(
        `<figure>${chart}<figcaption>${escapeHtml(translate(language, "chart.impactRatios"))}</figcaption></figure>`,
      );
    }
    for (const t of groupingTables(language, doc, g)) body.push(htmlTable(t));
    body.push("</section>");
  }
  body.push(`<p class="legend">${escapeHtml(translate(language, "report.legend"))}</p>`);
  if (doc.warnings.length > 0) {
    body.push(
      `<h2>${escapeHtml(translate(language, "section.warnings"))}</h2><ul>${doc.warnings.map((w) => `<li>${escapeHtml(warningText(language, w))}</li>`).join("")}</ul>`,
    );
  }
  body.push(
    `<p class="provenance">${escapeHtml(
      translate(language, "report.provenance", {
        input: String(doc.provenance.input.path ?? doc.provenance.input.table ?? "query"),
        sha: doc.provenance.input.sha256 ?? "–",
        version: doc.provenance.version,
        generatedAt: doc.provenance.generatedAt,
      }),
    )}</p>`,
  );
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; max-width: 80rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
caption { text-align: left; font-weight: 600; margin-bottom: 0.25rem; }
.legend, .provenance { color: #444; font-size: 0.85rem; }
figure { margin: 1rem 0; }
.scroll { overflow-x: auto; max-width: 100%; }
td { white-space: nowrap; }
</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

function htmlTable(t: TextTable): string {
  const head = `<tr>${t.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr>`;
  const rows = t.rows
    .map((r, i) => {
      const note = t.notes?.[i];
      const cells = r
        .map((c, j) => (j === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`))
        .join("");
      return `<tr${note ? ` title="${escapeHtml(note)}"` : ""}>${cells}</tr>`;
    })
    .join("");
  return `<div class="scroll" role="region" aria-label="${escapeHtml(t.title)}" tabindex="0"><table><caption>${escapeHtml(t.title)}</caption><thead>${head}</thead><tbody>${rows}</tbody></table></div>`;
}
