import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { translate } from "../core/i18n/translate.ts";
import { DecisionLogError } from "../sources/decision-log-error.ts";
import { decisionLogMessage } from "../sources/decision-log-message.ts";
import type { ApiError } from "./api-types.ts";
import type { AppEnv } from "./app-env.ts";
import { AppError } from "./app-error.ts";
import { requestLanguage } from "./request-language.ts";

/**
 * The one place where errors become HTTP responses: `{ error: { code, message, field? } }` in the
 * user's language, with a stable code. A bad decision log is 422 with its file, line and column. A bug
 * is logged on the server and answered with a plain 500: never a stack trace.
 */
export function errorHandler(error: Error, c: Context<AppEnv>): Response {
  const language = c.get("language") ?? requestLanguage(c);
  const send = (status: number, body: ApiError) => c.json(body, status as 400);
  if (error instanceof AppError) {
    return send(error.status, {
      error: {
        code: error.code,
        message: translate(language, error.messageKey, error.params),
        ...(error.field ? { field: error.field } : {}),
      },
    });
  }
  if (error instanceof DecisionLogError) {
    const field = error.details.field ?? error.details.column;
    // A reader's own error text may still name a path on the server: never show one.
    const message = decisionLogMessage(language, error).replace(/(^|[\s'"(])(\/[^\s'"/]+){2,}/g, "$1…");
    return send(422, { error: { code: error.code, message, ...(field ? { field } : {}) } });
  }
  if (error instanceof HTTPException && error.status < 500) {
    return send(error.status, {
      error: {
        code: "invalid-input",
        message: translate(language, "api.invalid-input", { field: "body", detail: error.message }),
      },
    });
  }
  console.error(`[aware] ${c.req.method} ${new URL(c.req.url).pathname}:`, error);
  return send(500, { error: { code: "internal", message: translate(language, "api.internal") } });
}
