export type Language = "en" | "nl";

export const LANGUAGES: readonly Language[] = ["en", "nl"];

/** The language of a locale tag such as "nl_NL.UTF-8" or "en-GB"; English when unknown. */
export function languageOf(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith("nl") ? "nl" : "en";
}
