import type { Bilingual } from "./vacancy.ts";

export type Language = keyof Bilingual;
export const LANGUAGES: readonly Language[] = ["nl", "en"];

/**
 * A number as a candidate reads it: at most two decimals, trailing zeros dropped, a decimal comma in
 * Dutch ("7,5") and a point in English ("7.5"). Written out by hand, not with Intl, so the text is
 * the same on every runtime.
 */
export const formatNumber = (x: number, language: Language): string => {
  const rounded = Math.round(x * 100) / 100;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return language === "nl" ? text.replace(".", ",") : text;
};

const WORDS = { and: { nl: "en", en: "and" }, or: { nl: "of", en: "or" } } as const;

/** 'A', 'B' and 'C' / 'A', 'B' en 'C' (or "or" / "of"). */
export const joinList = (
  items: readonly string[],
  language: Language,
  word: "and" | "or" = "and",
): string => {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${WORDS[word][language]} ${items[items.length - 1]}`;
};

export const quote = (text: string): string => `'${text}'`;

/** Builds a Bilingual from one function of the language, so both texts have the same facts. */
export const bilingual = (text: (language: Language) => string): Bilingual => ({
  nl: text("nl"),
  en: text("en"),
});
