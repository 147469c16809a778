import { discoveryErrorMessage } from "../core/discovery/discovery-error-message.ts";
import type { Language } from "../core/i18n/language.ts";
import { translate } from "../core/i18n/translate.ts";
import { DecisionLogError } from "../sources/decision-log-error.ts";
import { decisionLogMessage } from "../sources/decision-log-message.ts";
import { VacancyFileError } from "../sources/vacancy-file.ts";
import { DiscoveryInputError } from "./discovery-input-error.ts";
import { UsageError } from "./exit-codes.ts";

/** The stderr line for an error the user can fix, in their language; undefined for a bug. */
export function errorMessage(language: Language, error: unknown): string | undefined {
  if (error instanceof UsageError) return translate(language, "error.usage", { detail: error.message });
  if (error instanceof DecisionLogError) return decisionLogMessage(language, error);
  if (error instanceof DiscoveryInputError)
    return `${error.source}: ${discoveryErrorMessage(language, error.error)}`;
  if (error instanceof VacancyFileError) {
    const lines = error.problems.map((p) => `  - ${p.path}: ${p.message}`);
    return [translate(language, "error.vacancy", { source: error.source }), ...lines].join("\n");
  }
  return undefined;
}
