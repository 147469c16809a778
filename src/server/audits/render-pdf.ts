import PDFDocument from "pdfkit";
import type { Language } from "../../core/i18n/language.ts";
import { translate } from "../../core/i18n/translate.ts";
import type { AuditDocument } from "../../core/report/audit-document.ts";
import { formatCount, formatFigure } from "../../core/report/format-number.ts";
import { plainSummary, warningText } from "../../core/report/plain-summary.ts";
import { groupingTables } from "../../core/report/report-sections.ts";
import type { TextTable } from "../../core/report/report-tables.ts";
import { latin1Text } from "../pdf/latin1-text.ts";

/**
 * The report as a PDF (pdfkit, no browser needed): the summary, then every table of every grouping
 * in landscape A4, the legend, warnings and provenance. Wide tables are split into column blocks that
 * repeat the group column, so nothing is cut off.
 */
export function renderPdf(language: Language, doc: AuditDocument): Promise<Buffer> {
  const pdf = latin1Text(
    new PDFDocument({
      size: "A4",
      layout: "landscape",
      margin: 36,
      info: { Title: translate(language, "report.title") },
    }),
  );
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));
  pdf.font("Helvetica-Bold").fontSize(18).text(translate(language, "report.title"));
  pdf.moveDown(0.3).font("Helvetica").fontSize(10);
  pdf.text(
    translate(language, "report.overall", {
      selected: formatCount(language, doc.overall.selected),
      n: formatCount(language, doc.overall.n),
      rate: formatFigure(language, doc.overall.selectionRate),
    }),
  );
  pdf.moveDown(0.5).font("Helvetica-Bold").fontSize(13).text(translate(language, "section.summary"));
  pdf.font("Helvetica").fontSize(10);
  for (const line of plainSummary(language, doc)) pdf.text(`• ${line}`, { paragraphGap: 2 });
  for (const g of doc.groupings) {
    for (const table of groupingTables(language, doc, g)) drawTable(pdf, table);
  }
  pdf.moveDown().fontSize(8).text(translate(language, "report.legend"));
  if (doc.warnings.length > 0) {
    pdf.moveDown(0.5).font("Helvetica-Bold").fontSize(11).text(translate(language, "section.warnings"));
    pdf.font("Helvetica").fontSize(9);
    for (const w of doc.warnings) pdf.text(`• ${warningText(language, w)}`);
  }
  pdf
    .moveDown()
    .fontSize(8)
    .text(
      translate(language, "report.provenance", {
        input: String(doc.provenance.input.path ?? "–"),
        sha: doc.provenance.input.sha256 ?? "–",
        version: doc.provenance.version,
        generatedAt: doc.provenance.generatedAt,
      }),
    );
  pdf.end();
  return done;
}

const COLUMN_WIDTH = 64;
const FIRST_WIDTH = 150;

function drawTable(pdf: PDFKit.PDFDocument, table: TextTable): void {
  const usable = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const perBlock = Math.max(1, Math.floor((usable - FIRST_WIDTH) / COLUMN_WIDTH));
  for (let start = 1; start < table.headers.length; start += perBlock) {
    const columns = [
      0,
      ...Array.from({ length: Math.min(perBlock, table.headers.length - start) }, (_, i) => start + i),
    ];
    if (pdf.y > pdf.page.height - 120) pdf.addPage();
    pdf.moveDown(0.6).font("Helvetica-Bold").fontSize(10).text(table.title, pdf.page.margins.left);
    const row = (cells: readonly string[], bold: boolean) => {
      if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 14) pdf.addPage();
      const y = pdf.y;
      pdf.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8);
      let x = pdf.page.margins.left;
      columns.forEach((c, i) => {
        const width = i === 0 ? FIRST_WIDTH : COLUMN_WIDTH;
        pdf.text(cells[c] ?? "", x, y, {
          width: width - 4,
          align: i === 0 ? "left" : "right",
          lineBreak: false,
          ellipsis: true,
          height: 10,
        });
        x += width;
      });
      pdf.x = pdf.page.margins.left;
      pdf.y = y + 12;
    };
    row(table.headers, true);
    for (const r of table.rows) row(r, false);
  }
}
