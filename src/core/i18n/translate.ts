import type { Language } from "./language.ts";
import { type MessageKey, messagesEn } from "./messages-en.ts";
import { messagesNl } from "./messages-nl.ts";

export type Params = Readonly<Record<string, string | number | undefined>>;

/** A message in the given language with its {placeholders} filled in. */
export function translate(language: Language, key: MessageKey, params: Params = {}): string {
  const template = language === "nl" ? messagesNl[key] : messagesEn[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined ? "" : String(v);
  });
}

export const isMessageKey = (key: string): key is MessageKey => key in messagesEn;
