import type { Language } from "../core/i18n/language.ts";
import type { MessageKey } from "../core/i18n/messages-en.ts";
import { isMessageKey, translate } from "../core/i18n/translate.ts";
import type { DecisionLogError } from "./decision-log-error.ts";

/** A decision-log problem worded for the user in Dutch or English, naming the file, line and column. */
export function decisionLogMessage(language: Language, error: DecisionLogError): string {
  const d = error.details;
  const key = `error.${error.code}`;
  if (!isMessageKey(key)) return error.message;
  return translate(language, key as MessageKey, {
    ...d,
    where: d.line !== undefined ? translate(language, "error.where.line", { line: d.line }) : "",
    count: d.count !== undefined && d.count > 1 ? translate(language, "error.count", { count: d.count }) : "",
    suggestion: d.suggestion
      ? translate(language, "error.missing-column.suggestion", { suggestion: d.suggestion })
      : "",
  });
}
