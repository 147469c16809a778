import { type Language, languageOf } from "../../core/i18n/language.ts";

/** The localStorage key that remembers the user's choice of language. */
export const LANGUAGE_STORAGE_KEY = "aware.language";

/**
 * The language to start in: the one the user chose before, else the browser's first preference that
 * is Dutch or English, else English.
 */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (stored === "nl" || stored === "en") return stored;
  for (const tag of browserLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith("nl")) return "nl";
    if (lower.startsWith("en")) return "en";
  }
  return languageOf(browserLanguages[0]);
}
