import { STOP_WORDS_EN, STOP_WORDS_NL } from "./data/stop-words.ts";
import type { Token } from "./tokens.ts";
import type { LanguageDetection } from "./wording-finding.ts";

/** Fewer words than this, or fewer function words, and the language is not told. */
export const MIN_WORDS = 12;
export const MIN_FUNCTION_WORDS = 4;
/** The share of one language's function words needed to call it. */
export const MIN_SHARE = 0.7;

/**
 * Dutch or English by the share of each language's function words (a stop-word ratio): simple, and
 * reliable on vacancy texts, which are full of "je", "de", "het" or "you", "the", "and". A text too
 * short to tell, or mixed, is "undefined" with the reason.
 */
export function detectLanguage(tokens: readonly Token[]): LanguageDetection {
  let nl = 0;
  let en = 0;
  for (const t of tokens) {
    if (STOP_WORDS_NL.has(t.lower)) nl++;
    else if (STOP_WORDS_EN.has(t.lower)) en++;
  }
  const words = tokens.length;
  const base = { method: "stop-words" as const, nl, en, words };
  if (words < MIN_WORDS || nl + en < MIN_FUNCTION_WORDS) {
    return {
      ...base,
      language: "undefined",
      reason: {
        en: `Too short to tell Dutch from English (${words} words, ${nl + en} function words).`,
        nl: `Te kort om Nederlands van Engels te onderscheiden (${words} woorden, ${nl + en} functiewoorden).`,
      },
    };
  }
  const share = nl / (nl + en);
  if (share >= MIN_SHARE) return { ...base, language: "nl" };
  if (1 - share >= MIN_SHARE) return { ...base, language: "en" };
  return {
    ...base,
    language: "undefined",
    reason: {
      en: `Mixed Dutch and English (${nl} Dutch and ${en} English function words).`,
      nl: `Gemengd Nederlands en Engels (${nl} Nederlandse en ${en} Engelse functiewoorden).`,
    },
  };
}
