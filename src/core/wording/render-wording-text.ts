import type { Language } from "../i18n/language.ts";
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

/** Quotes a piece of the text on one line, shortened past 60 characters. */
export const quote = (s: string): string => {
  const flat = s.replace(/\s+/g, " ").trim();
  return `"${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}"`;
};

/** The terminal view: the summary per category, then each finding with where, why and the advice. */
export function renderWordingText(language: Language, doc: WordingDocument, text: string): string {
  const w = WORDING_LABELS[language];
  const c = CATEGORY_LABELS[language];
  const out: string[] = [
    `${w.title}: ${sourceName(language, doc.provenance.input.source)}`,
    `${w.language}: ${languageLine(language, doc)}`,
    "",
  ];
  const names = WORDING_CATEGORIES.map((k) => c[k]);
  const width = Math.max(w.category.length, ...names.map((n) => n.length));
  out.push(`${w.category.padEnd(width)}  ${w.findings.padStart(11)}  ${w.score.padStart(5)}`);
  for (const k of WORDING_CATEGORIES) {
    const s = doc.summary[k];
    out.push(`${c[k].padEnd(width)}  ${String(s.count).padStart(11)}  ${String(s.score).padStart(5)}`);
  }
  out.push(
    "",
    w.genderCoding(doc.gender.masculine, doc.gender.feminine, CODING_LABELS[language][doc.gender.coding]),
  );
  if (doc.requirements) out.push(w.requirements(doc.requirements.items, doc.requirements.limit));
  out.push("", `${w.findings}:`);
  if (doc.findings.length === 0) out.push(`  ${w.none}`);
  doc.findings.forEach((f, i) => {
    const at = textPosition(text, f.start);
    const shown = f.kind === "missing" ? w.missing : quote(f.text);
    out.push(
      "",
      `${String(i + 1).padStart(3)}. ${at.line}:${at.column}  ${c[f.category]}  ${shown}  [${f.rule}, ${BASIS_LABELS[language][f.basis]}]`,
      `     ${w.why}: ${f.explanation[language]}`,
      `     ${w.advice}: ${f.suggestion[language]}`,
    );
    if (f.replacement !== null) out.push(`     ${w.rewrite}: ${quote(f.replacement)}`);
  });
  out.push("", w.scoreNote, "");
  return out.join("\n");
}
