import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { MessageKey } from "../core/i18n/messages-en.ts";

/**
 * An error the user can act on: an HTTP status, a stable machine-readable code, and the message key
 * (worded in Dutch or English by the error handler). Only the server's adapters create these.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly field?: string,
  ) {
    super(code);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError(404, "not-found", "api.not-found");
export const forbidden = () => new AppError(403, "forbidden", "api.forbidden");
export const unauthenticated = () => new AppError(401, "unauthenticated", "api.unauthenticated");
