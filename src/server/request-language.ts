import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { type Language, languageOf } from "../core/i18n/language.ts";

/** The user's language: `?lang=`, else the `aware_lang` cookie, else Accept-Language; English by default. */
export function requestLanguage(c: Context): Language {
  const explicit = c.req.query("lang") ?? getCookie(c, "aware_lang");
  if (explicit) return languageOf(explicit);
  const accept = c.req.header("accept-language") ?? "";
  const first = accept.split(",")[0]?.trim();
  return languageOf(first);
}
