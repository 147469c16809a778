import type { Language } from "../i18n/language.ts";

/**
 * A sentence in both languages of the product. The discovery writes its plain-language profiles and
 * notes as data, so the CLI, the server and the browser show the same words; they pick `en` or `nl`.
 */
export interface LocalizedText {
  readonly en: string;
  readonly nl: string;
}

export const text = (en: string, nl: string): LocalizedText => ({ en, nl });

const locales: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };

/**
 * A data value as people write it: integers as they are, other numbers with at most `decimals`
 * decimals and no trailing zeros; Dutch uses the decimal comma. No thousands separators, so a
 * threshold reads the same as in the file.
 */
export function formatValue(language: Language, x: number, decimals = 2): string {
  if (Number.isInteger(x)) return String(x).replace("-", "−");
  return new Intl.NumberFormat(locales[language], {
    maximumFractionDigits: decimals,
    useGrouping: false,
  })
    .format(x)
    .replace("-", "−");
}

/** A share as a percentage with one decimal: "12.5%" / "12,5%". */
export function formatShare(language: Language, x: number): string {
  return `${formatValue(language, Math.round(x * 1000) / 10, 1)}%`;
}

/** Both languages of a sentence built from a template function. */
export function inBoth(build: (language: Language) => string): LocalizedText {
  return { en: build("en"), nl: build("nl") };
}
