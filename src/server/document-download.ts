import type { Context } from "hono";
import type { DocumentContent } from "../core/report/document-content.ts";
import { documentHtml } from "../core/report/document-html.ts";
import { renderDocumentPdf } from "./pdf/render-document-pdf.ts";

/**
 * A document (the explanation letter, the assessment report) as a download: self-contained HTML, or
 * a PDF of the same words. `name` is the file name without its extension (ASCII).
 */
export async function documentDownload(
  c: Context,
  content: DocumentContent,
  format: "html" | "pdf",
  name: string,
): Promise<Response> {
  c.header("Content-Disposition", `attachment; filename="${name}.${format}"`);
  if (format === "html") return c.html(documentHtml(content));
  c.header("Content-Type", "application/pdf");
  return c.body(new Uint8Array(await renderDocumentPdf(content)));
}
