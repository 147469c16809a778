import { describe, expect, it } from "vitest";
import { checkVacancyText } from "./check-vacancy-text.ts";
import { CORPUS_NL } from "./fixtures/corpus-nl.ts";
import { renderWordingMarkdown } from "./render-wording-markdown.ts";
import { renderWordingText } from "./render-wording-text.ts";
import { wordingDocument, wordingJson } from "./wording-document.ts";

const text = CORPUS_NL.find((c) => c.name === "nl-jong-en-dynamisch")!.text;
const doc = wordingDocument(checkVacancyText(text), {
  input: { source: "vacature.txt", characters: text.length },
  version: "0.0.0",
  generatedAt: "2026-07-01T00:00:00.000Z",
});

describe("the views of a check", () => {
  it("text: summary per category and each finding with place, rule, why, advice and rewrite", () => {
    const nl = renderWordingText("nl", doc, text);
    expect(nl).toContain("Vacaturetekstcheck: vacature.txt");
    expect(nl).toMatch(/Leeftijd\s+4\s+0/);
    expect(nl).toContain('3:14  Leeftijd  "jong en dynamisch"  [age.young-and-dynamic, wet]');
    expect(nl).toContain('Herschrijving: "enthousiast"');
    const en = renderWordingText("en", doc, text);
    expect(en).toContain("Why: 'Young and dynamic' is the best-known");
    expect(en).toContain("1:26  Job title  (missing)");
  });

  it("Markdown: tables with escaped cells", () => {
    const md = renderWordingMarkdown(
      "en",
      { ...doc, findings: [{ ...doc.findings[0]!, explanation: { nl: "a|b", en: "a|b\nc" } }] },
      text,
    );
    expect(md).toContain("| Category | Findings | Score |");
    expect(md).toContain("a\\|b c");
    expect(renderWordingMarkdown("nl", { ...doc, findings: [] }, text)).toContain("Geen bevindingen.");
  });

  it("JSON: the check with its provenance", () => {
    const parsed = JSON.parse(wordingJson(doc));
    expect(parsed.schema).toBe("aware.wording/1");
    expect(parsed.provenance.input.source).toBe("vacature.txt");
    expect(parsed.findings).toHaveLength(doc.findings.length);
  });
});
