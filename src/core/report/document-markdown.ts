import type { DocumentBody, DocumentContent } from "./document-content.ts";

/** Values come from people's data: kept on one line and inert in Markdown (no HTML, no table breaks). */
const inline = (s: string) =>
  s
    .replace(/[\r\n]+/g, " ")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("|", "\\|");

/** A document (document-content.ts) as Markdown. */
export function documentMarkdown(content: DocumentContent): string {
  const out: string[] = [];
  if (content.sender) out.push(inline(content.sender), "");
  out.push(`# ${inline(content.title)}`, "");
  for (const section of content.sections) {
    if (section.heading !== null) out.push(`## ${inline(section.heading)}`, "");
    for (const body of section.body) out.push(...markdownBody(body), "");
  }
  if (content.closing.length > 0) out.push(content.closing.map(inline).join("  \n"), "");
  return out.join("\n");
}

function markdownBody(body: DocumentBody): string[] {
  switch (body.kind) {
    case "paragraph":
      return [inline(body.text)];
    case "list":
      return body.items.map((i) => `- ${inline(i)}`);
    case "definitions":
      return body.items.map(([t, v]) => `- **${inline(t)}**: ${inline(v)}`);
    case "table": {
      const row = (cells: readonly string[]) => `| ${cells.map(inline).join(" | ")} |`;
      return [
        `**${inline(body.caption)}**`,
        "",
        row(body.head),
        `|${body.head.map(() => "---").join("|")}|`,
        ...body.rows.map(row),
        ...(body.foot.length > 0 ? [row(body.foot)] : []),
      ];
    }
  }
}
