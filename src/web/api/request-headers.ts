import type { Language } from "../../core/i18n/language.ts";

/** The double-submit CSRF cookie set by the server, and the header that echoes it (api-types.ts). */
export const CSRF_COOKIE = "aware_csrf";
export const CSRF_HEADER = "x-csrf-token";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The value of one cookie in a `document.cookie` string, or undefined. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}

/**
 * Headers of every API request: the user's language (the server words its errors in it), and on
 * state-changing methods the CSRF token copied from its cookie.
 */
export function requestHeaders(
  method: string,
  language: Language,
  cookies: string,
  contentType?: string,
): Record<string, string> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": language };
  if (contentType) headers["Content-Type"] = contentType;
  if (UNSAFE_METHODS.has(method.toUpperCase())) {
    const token = readCookie(cookies, CSRF_COOKIE);
    if (token !== undefined) headers[CSRF_HEADER] = token;
  }
  return headers;
}
