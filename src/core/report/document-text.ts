import type { DocumentBody, DocumentContent } from "./document-content.ts";
import { textTable } from "./render-text.ts";

/** A document (document-content.ts) as plain text for a terminal: headings underlined, tables padded. */
export function documentText(content: DocumentContent): string {
  const out: string[] = [];
  if (content.sender) out.push(content.sender, "");
  out.push(content.title, "=".repeat(Math.min(80, content.title.length)), "");
  for (const section of content.sections) {
    if (section.heading !== null) out.push(section.heading, "-".repeat(Math.min(80, section.heading.length)));
    for (const body of section.body) out.push(...textBody(body), "");
  }
  if (content.closing.length > 0) out.push(...content.closing, "");
  return `${out.join("\n").trimEnd()}\n`;
}

function textBody(body: DocumentBody): string[] {
  switch (body.kind) {
    case "paragraph":
      return [body.text];
    case "list":
      return body.items.map((i) => `- ${i}`);
    case "definitions":
      return body.items.map(([t, v]) => `${t}: ${v}`);
    case "table":
      return textTable({
        title: body.caption,
        headers: body.head,
        rows: body.foot.length > 0 ? [...body.rows, body.foot] : body.rows,
      });
  }
}
