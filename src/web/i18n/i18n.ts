import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../../core/i18n/language.ts";
import { en } from "./en.ts";
import { initialLanguage, LANGUAGE_STORAGE_KEY } from "./language-preference.ts";
import { nl } from "./nl.ts";

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled: the browser's language is used
  }
}

/** Starts i18next with the UI texts (keys are flat, so dots in keys are not separators). */
export function startI18n(): Language {
  const language = initialLanguage(storedLanguage(), navigator.languages ?? [navigator.language]);
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, nl: { translation: nl } },
    lng: language,
    fallbackLng: "en",
    supportedLngs: ["en", "nl"],
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
  });
  document.documentElement.lang = language;
  return language;
}

/** The language in effect, for API requests and the core formatters. */
export function currentLanguage(): Language {
  return i18next.language === "nl" ? "nl" : "en";
}

/** Switches the interface language, remembers it, and updates `<html lang>`. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
