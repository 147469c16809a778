import type { Language } from "../../core/i18n/language.ts";
import type { UploadSummary } from "../../server/api-types.ts";
import { ApiRequestError, errorFromBody } from "./api-request-error.ts";
import { requestHeaders } from "./request-headers.ts";

export interface UploadProgress {
  readonly loaded: number;
  /** Null when the browser cannot tell the size. */
  readonly total: number | null;
}

export interface UploadFileOptions {
  readonly language: Language;
  readonly cookies: string;
  readonly onProgress?: (progress: UploadProgress) => void;
  readonly signal?: AbortSignal;
}

/** The upload route for a file name. */
export const uploadPath = (filename: string): string =>
  `/api/uploads?filename=${encodeURIComponent(filename)}`;

/**
 * PUT /api/uploads with the file as the raw body. XMLHttpRequest rather than fetch, because only it
 * reports upload progress, which matters for decision logs of hundreds of megabytes.
 */
export function uploadFile(file: File, options: UploadFileOptions): Promise<UploadSummary> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", uploadPath(file.name));
    const headers = requestHeaders("PUT", options.language, options.cookies, "application/octet-stream");
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = "text";
    xhr.upload.onprogress = (e) =>
      options.onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : null });
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as UploadSummary);
      else reject(errorFromBody(xhr.status, body, xhr.statusText));
    };
    xhr.onerror = () => reject(new ApiRequestError(0, "network", "network error"));
    xhr.onabort = () => reject(new ApiRequestError(0, "aborted", "aborted"));
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new ApiRequestError(0, "aborted", "aborted"));
        return;
      }
      options.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}
