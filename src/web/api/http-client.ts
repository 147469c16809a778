import type { Language } from "../../core/i18n/language.ts";
import { ApiRequestError, errorFromBody } from "./api-request-error.ts";
import { requestHeaders } from "./request-headers.ts";

export interface HttpClientOptions {
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
  /** The language of the user interface, sent as Accept-Language. */
  readonly language: () => Language;
  /** The document's cookies (`document.cookie`), for the CSRF token. */
  readonly cookies: () => string;
  /** Called when a request is refused because the session has ended (401 outside the login). */
  readonly onUnauthenticated?: () => void;
}

export interface HttpClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  delete(path: string): Promise<void>;
  /** POST with a raw body (a file's text or the file itself) of the given content type. */
  postRaw<T>(path: string, body: Blob | string, contentType: string): Promise<T>;
}

/** Paths whose 401 means "wrong password", not "session ended". */
const CREDENTIAL_PATHS = new Set(["/api/login"]);

/** JSON over fetch with the conventions of src/server/api-types.ts. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    raw?: { readonly body: Blob | string; readonly contentType: string },
  ): Promise<T> {
    const hasBody = body !== undefined;
    const contentType = raw ? raw.contentType : hasBody ? "application/json" : undefined;
    let response: Response;
    try {
      response = await options.fetch(path, {
        method,
        credentials: "same-origin",
        headers: requestHeaders(method, options.language(), options.cookies(), contentType),
        ...(raw ? { body: raw.body } : hasBody ? { body: JSON.stringify(body) } : {}),
      });
    } catch (e) {
      throw new ApiRequestError(0, "network", e instanceof Error ? e.message : String(e));
    }
    if (response.status === 204) return undefined as T;
    const parsed = await parseJson(response);
    if (!response.ok) {
      if (response.status === 401 && !CREDENTIAL_PATHS.has(path)) options.onUnauthenticated?.();
      throw errorFromBody(response.status, parsed, response.statusText);
    }
    return parsed as T;
  }
  return {
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, body),
    patch: (path, body) => request("PATCH", path, body),
    put: (path, body) => request("PUT", path, body),
    delete: (path) => request<void>("DELETE", path),
    postRaw: (path, body, contentType) => request("POST", path, undefined, { body, contentType }),
  };
}

async function parseJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
