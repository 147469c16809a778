import type { Language } from "../i18n/language.ts";
import { quote } from "./render-wording-text.ts";
import { textPosition } from "./text-position.ts";
import type { WordingDocument } from "./wording-document.ts";
import { WORDING_CATEGORIES } from "./wording-finding.ts";
import {
  BASIS_LABELS,
  CATEGORY_LABELS,
  CODING_LABELS,
  languageLine,
  sourceName,
  WORDING_LABELS,
} from "./wording-labels.ts";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

/** The check as Markdown: the summary table and a table of findings with why and the advice. */
export function renderWordingMarkdown(language: Language, doc: WordingDocument, text: string): string {
  const w = WORDING_LABELS[language];
  const c = CATEGORY_LABELS[language];
  const out: string[] = [
    `# ${w.title}`,
    "",
    `- ${w.source}: \`${sourceName(language, doc.provenance.input.source)}\``,
    `- ${w.language}: ${languageLine(language, doc)}`,
    `- ${w.genderCoding(doc.gender.masculine, doc.gender.feminine, CODING_LABELS[language][doc.gender.coding])}`,
    ...(doc.requirements ? [`- ${w.requirements(doc.requirements.items, doc.requirements.limit)}`] : []),
    "",
    `## ${w.summary}`,
    "",
    `| ${w.category} | ${w.findings} | ${w.score} |`,
    "|---|---:|---:|",
    ...WORDING_CATEGORIES.map((k) => `| ${c[k]} | ${doc.summary[k].count} | ${doc.summary[k].score} |`),
    "",
    `## ${w.findings}`,
    "",
  ];
  if (doc.findings.length === 0) out.push(w.none, "");
  else {
    out.push(
      `| # | ${w.where} | ${w.category} | ${w.text} | ${w.rewrite} | ${w.rule} | ${w.why} | ${w.advice} |`,
      "|---:|---|---|---|---|---|---|---|",
    );
    doc.findings.forEach((f, i) => {
      const at = textPosition(text, f.start);
      const shown = f.kind === "missing" ? w.missing : quote(f.text);
      const rewrite = f.replacement === null ? "" : quote(f.replacement);
      out.push(
        `| ${i + 1} | ${at.line}:${at.column} | ${c[f.category]} | ${cell(shown)} | ${cell(rewrite)} | \`${f.rule}\` (${BASIS_LABELS[language][f.basis]}) | ${cell(f.explanation[language])} | ${cell(f.suggestion[language])} |`,
      );
    });
    out.push("");
  }
  out.push(`_${w.scoreNote}_`, "");
  return out.join("\n");
}
