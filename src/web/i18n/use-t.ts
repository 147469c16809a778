import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../core/i18n/language.ts";
import type { UiKey } from "./en.ts";

export type Translate = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * The UI texts of the current language, with keys checked by TypeScript, and the language itself.
 * `t` changes only when the language does, so it can be a dependency of memoised charts.
 */
export function useT(): { t: Translate; language: Language } {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === "nl" ? "nl" : "en";
  // biome-ignore lint/correctness/useExhaustiveDependencies: language is what makes the texts change
  const translate = useCallback<Translate>((key, params) => t(key, params ?? {}) as string, [t, language]);
  return { t: translate, language };
}
