/**
 * A failed API call, with the server's stable error code and its message (already in the user's
 * language, since every request says `Accept-Language`). `status` 0 means the server was not reached.
 */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  /** The request field the error is about (e.g. "outcome"), when the server names one. */
  readonly field: string | undefined;
  /** The whole error body, for routes that send more than the error (e.g. a vacancy's `check`). */
  readonly body: unknown;

  constructor(status: number, code: string, message: string, field?: string, body?: unknown) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
    this.code = code;
    this.field = field;
    this.body = body;
  }
}

export const isApiRequestError = (e: unknown): e is ApiRequestError => e instanceof ApiRequestError;

/** The error of a response body `{ error: { code, message, field? } }`, or a generic one by status. */
export function errorFromBody(status: number, body: unknown, statusText: string): ApiRequestError {
  if (typeof body === "object" && body !== null && "error" in body) {
    const e = (body as { error: unknown }).error;
    if (typeof e === "object" && e !== null) {
      const { code, message, field } = e as Record<string, unknown>;
      if (typeof code === "string" && typeof message === "string") {
        return new ApiRequestError(
          status,
          code,
          message,
          typeof field === "string" ? field : undefined,
          body,
        );
      }
    }
  }
  return new ApiRequestError(status, `http-${status}`, statusText || `HTTP ${status}`);
}
