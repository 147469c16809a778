import type { Language } from "../core/i18n/language.ts";
import type { MessageKey } from "../core/i18n/messages-en.ts";
import { isMessageKey, translate } from "../core/i18n/translate.ts";
import { DecisionLogError } from "../sources/decision-log-error.ts";
import { UsageError } from "./exit-codes.ts";

/** The stderr line for an error the user can fix, in their language; undefined for a bug. */
export function errorMessage(language: Language, error: unknown): string | undefined {
  if (error instanceof UsageError) return translate(language, "error.usage", { detail: error.message });
  if (!(error instanceof DecisionLogError)) return undefined;
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
