/**
 * A write the data refuses, as opposed to a programmer error: the caller can tell the user. The
 * code is stable so the server can map it to an HTTP status and a translated message.
 */
export type StoreConflictCode = "email-taken" | "stale-version";

export class StoreConflictError extends Error {
  constructor(readonly code: StoreConflictCode) {
    super(`store conflict: ${code}`);
    this.name = "StoreConflictError";
  }
}
