import PDFDocument from "pdfkit";
import type { DocumentBody, DocumentContent } from "../../core/report/document-content.ts";
import { latin1Text } from "./latin1-text.ts";

/** Column widths as shares of the line: five columns as in the letter's score table, else equal shares. */
const FIVE_COLUMNS = [0.24, 0.16, 0.13, 0.11, 0.36];
const shares = (n: number) => (n === 5 ? FIVE_COLUMNS : Array.from({ length: n }, () => 1 / n));

/**
 * A document (the explanation letter, the assessment report) as an A4 PDF with pdfkit, no browser:
 * the same words as its HTML (core/report/document-html.ts).
 */
export function renderDocumentPdf(content: DocumentContent): Promise<Buffer> {
  const pdf = latin1Text(new PDFDocument({ size: "A4", margin: 56, info: { Title: content.title } }));
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  if (content.sender) pdf.font("Helvetica").fontSize(10).text(content.sender);
  pdf.moveDown(0.5).font("Helvetica-Bold").fontSize(15).text(content.title);
  pdf.moveDown(0.5);
  for (const section of content.sections) {
    if (section.heading !== null) {
      if (pdf.y > pdf.page.height - 140) pdf.addPage();
      pdf.moveDown(0.6).font("Helvetica-Bold").fontSize(12).text(section.heading, left);
      pdf.moveDown(0.2);
    }
    for (const body of section.body) drawBody(pdf, body, left, width);
  }
  pdf.moveDown().font("Helvetica").fontSize(10);
  for (const line of content.closing) pdf.text(line, left);
  pdf.end();
  return done;
}

function drawBody(pdf: PDFKit.PDFDocument, body: DocumentBody, left: number, width: number): void {
  pdf.font("Helvetica").fontSize(10);
  switch (body.kind) {
    case "paragraph":
      pdf.text(body.text, left, undefined, { width, paragraphGap: 4 });
      return;
    case "list":
      for (const item of body.items) pdf.text(`• ${item}`, left, undefined, { width, paragraphGap: 2 });
      return;
    case "definitions":
      for (const [term, value] of body.items) {
        pdf.font("Helvetica-Bold").text(term, left, undefined, { width });
        pdf.font("Helvetica").text(value, left + 12, undefined, { width: width - 12, paragraphGap: 3 });
      }
      return;
    case "table": {
      pdf.font("Helvetica-Bold").text(body.caption, left, undefined, { width });
      const widths = shares(body.head.length).map((s) => s * width);
      const row = (cells: readonly string[], bold: boolean) => {
        pdf.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8.5);
        const height = Math.max(
          ...cells.map((c, i) => pdf.heightOfString(c, { width: (widths[i] ?? 60) - 6 })),
        );
        if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
        const y = pdf.y + 3;
        let x = left;
        cells.forEach((c, i) => {
          pdf.text(c, x + 3, y, { width: (widths[i] ?? 60) - 6 });
          x += widths[i] ?? 60;
        });
        pdf
          .moveTo(left, y + height + 3)
          .lineTo(left + width, y + height + 3)
          .lineWidth(0.5)
          .stroke("#888888");
        pdf.x = left;
        pdf.y = y + height + 4;
      };
      row(body.head, true);
      for (const r of body.rows) row(r, false);
      if (body.foot.length > 0) row(body.foot, true);
      pdf.fontSize(10);
      return;
    }
  }
}
