import {
  AMOUNT_PATTERN,
  PAY_CONTEXT,
  RANGE_PATTERN,
  SALARY_PHRASES,
  SCALE_PATTERN,
} from "./data/salary-terms.ts";
import { phraseFindings } from "./phrase-findings.ts";
import type { RawFinding } from "./raw-finding.ts";
import { endOfContent, textLines } from "./text-lines.ts";
import type { Token } from "./tokens.ts";
import type { TextLanguage } from "./wording-finding.ts";

/** True when the text states a pay range: two amounts, or a published pay scale. */
export const hasPayRange = (text: string): boolean =>
  new RegExp(RANGE_PATTERN.source, "iu").test(text) || new RegExp(SCALE_PATTERN.source, "iu").test(text);

/**
 * Pay information (Pay Transparency Directive (EU) 2023/970 art. 5). A question about pay history is
 * always a finding (art. 5(2)). Otherwise, with a range or a pay scale there is nothing to say; without
 * one, vague words ("marktconform", "competitive") are marked, else single amounts on a line about pay,
 * else the missing salary is a finding at the end of the text.
 */
export function salaryFindings(
  text: string,
  tokens: readonly Token[],
  languages: readonly TextLanguage[],
): RawFinding[] {
  const phrases = phraseFindings(text, tokens, SALARY_PHRASES, languages);
  const history = phrases.filter((f) => f.rule === "salary.pay-history");
  if (hasPayRange(text)) return history;
  const vague = phrases.filter((f) => f.rule === "salary.vague");
  if (vague.length > 0) return [...history, ...vague];
  const singles: RawFinding[] = [];
  for (const line of textLines(text)) {
    // Sentence by sentence: an amount counts as pay only beside a word about pay.
    let offset = 0;
    for (const sentence of line.text.split(/(?<=[.!?;])\s+/)) {
      const at = line.text.indexOf(sentence, offset);
      offset = at + sentence.length;
      if (!PAY_CONTEXT.test(sentence)) continue;
      for (const m of sentence.matchAll(new RegExp(AMOUNT_PATTERN.source, "giu"))) {
        const start = line.start + at + m.index;
        singles.push({ rule: "salary.single-amount", start, end: start + m[0].length, replacement: null });
      }
    }
  }
  if (singles.length > 0) return [...history, ...singles];
  const at = endOfContent(text);
  return [...history, { rule: "salary.missing", kind: "missing", start: at, end: at, replacement: null }];
}
