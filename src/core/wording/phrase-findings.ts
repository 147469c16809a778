import type { PhraseEntry, PhraseHit } from "./phrase-entry.ts";
import { findMatches, type Pattern, parsePattern } from "./phrase-pattern.ts";
import type { RawFinding } from "./raw-finding.ts";
import { matchCase } from "./replacement-case.ts";
import type { Token } from "./tokens.ts";
import type { TextLanguage } from "./wording-finding.ts";

const compiled = new WeakMap<PhraseEntry, Pattern[]>();

function patternsOf(entry: PhraseEntry): Pattern[] {
  let patterns = compiled.get(entry);
  if (patterns === undefined) {
    patterns = entry.patterns.map(parsePattern);
    compiled.set(entry, patterns);
  }
  return patterns;
}

/**
 * The findings of a word list on a tokenised text: every match of an entry of one of the given
 * languages that no exception rules out. `priority` orders entries when matches of equal length
 * compete for the same words (earlier entries win).
 */
export function phraseFindings(
  text: string,
  tokens: readonly Token[],
  entries: readonly PhraseEntry[],
  languages: readonly TextLanguage[],
): RawFinding[] {
  const out: RawFinding[] = [];
  entries.forEach((entry, priority) => {
    if (!languages.includes(entry.language)) return;
    for (const m of findMatches(tokens, patternsOf(entry))) {
      const first = tokens[m.first]!;
      const last = tokens[m.last]!;
      const before = tokens[m.first - 1];
      const after = tokens[m.last + 1];
      const hit: PhraseHit = {
        words: m.steps,
        tokens: tokens.slice(m.first, m.last + 1),
        before: before?.sentence === first.sentence ? before : undefined,
        after: after?.sentence === last.sentence ? after : undefined,
        text: text.slice(first.start, last.end),
        fullText: text,
        allTokens: tokens,
      };
      if (entry.unless?.(hit)) continue;
      const replacement =
        typeof entry.replacement === "function" ? entry.replacement(hit) : (entry.replacement ?? null);
      out.push({
        rule: entry.rule,
        start: first.start,
        end: last.end,
        replacement: replacement === null ? null : matchCase(hit.text, replacement),
        priority,
      });
    }
  });
  return out;
}
