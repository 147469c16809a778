import type { DocumentBody, DocumentContent } from "./document-content.ts";
import { escapeHtml as e } from "./escape-html.ts";

/**
 * The one inline style block of these documents. The web app's Content-Security-Policy allows exactly
 * this text by its hash (create-app.ts), so a letter shown in the candidate's page keeps its layout.
 */
export const DOCUMENT_STYLES =
  "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.4rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600}";

/**
 * A document (document-content.ts) as a self-contained, accessible HTML page: headings, tables with a
 * caption and scoped headers, no script. Every value is escaped.
 */
export function documentHtml(content: DocumentContent): string {
  const parts = [
    `<header>${content.sender ? `<p>${e(content.sender)}</p>` : ""}<h1>${e(content.title)}</h1></header>`,
    ...content.sections.map((s) => {
      const body = s.body.map(renderBody).join("\n");
      return s.heading === null ? body : `<section>\n<h2>${e(s.heading)}</h2>\n${body}\n</section>`;
    }),
    content.closing.length > 0 ? `<p>${content.closing.map(e).join("<br>")}</p>` : "",
  ].filter((p) => p !== "");
  return `<!doctype html>
<html lang="${content.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(content.title)}</title>
<style>${DOCUMENT_STYLES}</style>
</head>
<body>
<main>
${parts.join("\n")}
</main>
</body>
</html>
`;
}

function renderBody(body: DocumentBody): string {
  switch (body.kind) {
    case "paragraph":
      return `<p>${e(body.text)}</p>`;
    case "list":
      return `<ul>\n${body.items.map((i) => `<li>${e(i)}</li>`).join("\n")}\n</ul>`;
    case "definitions":
      return `<dl>\n${body.items.map(([t, v]) => `<dt>${e(t)}</dt><dd>${e(v)}</dd>`).join("\n")}\n</dl>`;
    case "table": {
      const rows = body.rows.map(
        ([head, ...cells]) =>
          `<tr><th scope="row">${e(head ?? "")}</th>${cells.map((c) => `<td>${e(c)}</td>`).join("")}</tr>`,
      );
      const [footHead, ...footCells] = body.foot;
      return `<table>
<caption>${e(body.caption)}</caption>
<thead><tr>${body.head.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
${body.foot.length === 0 ? "" : `<tfoot><tr><th scope="row">${e(footHead ?? "")}</th>${footCells.map((c) => `<td>${e(c)}</td>`).join("")}</tr></tfoot>`}
</table>`;
    }
  }
}
