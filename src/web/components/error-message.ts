import { isApiRequestError } from "../api/api-request-error.ts";
import type { Translate } from "../i18n/use-t.ts";

/** The words to show for a failed request: the server's own message when it sent one. */
export function errorMessage(error: unknown, t: Translate): string {
  if (isApiRequestError(error)) {
    if (error.code === "network") return t("error.network");
    if (error.code.startsWith("http-")) return t("error.server", { status: error.status });
    return error.message;
  }
  return t("error.unexpected");
}
