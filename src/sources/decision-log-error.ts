/**
 * A problem with the user's decision log or its column mapping: something they can fix. Carries a
 * stable code and the facts (file, line, column, value) so adapters can word it in Dutch or English
 * and choose an exit code or HTTP status. Programmer errors stay TypeError/RangeError.
 */
export type DecisionLogErrorCode =
  | "file-not-found"
  | "file-empty"
  | "no-data-rows"
  | "unsupported-format"
  | "missing-column"
  | "duplicate-column"
  | "ragged-row"
  | "unreadable-file"
  | "invalid-outcome"
  | "invalid-label"
  | "invalid-score"
  | "invalid-date"
  | "likely-identifier"
  | "missing-value"
  | "duplicate-id"
  | "database-error";

export interface DecisionLogErrorDetails {
  readonly source: string;
  readonly line?: number;
  /** The data row (1-based), when the line is not known. */
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly count?: number;
  readonly expected?: number;
  readonly found?: number;
  readonly suggestion?: string;
  readonly available?: string;
  readonly distinct?: number;
  readonly rows?: number;
  readonly detail?: string;
  /** The form field the problem belongs to (e.g. "outcome"), when an adapter knows the mapping. */
  readonly field?: string;
}

export class DecisionLogError extends Error {
  readonly code: DecisionLogErrorCode;
  readonly details: DecisionLogErrorDetails;

  constructor(code: DecisionLogErrorCode, details: DecisionLogErrorDetails, message: string) {
    super(message);
    this.name = "DecisionLogError";
    this.code = code;
    this.details = details;
  }

  /** The same problem named after another source, e.g. the file name the user uploaded instead of its path on the server. */
  /** The same problem, tagged with the form field it belongs to. */
  withField(field: string): DecisionLogError {
    return new DecisionLogError(this.code, { ...this.details, field }, this.message);
  }

  renamed(source: string): DecisionLogError {
    const hide = (text: string) => text.replaceAll(this.details.source, source);
    return new DecisionLogError(
      this.code,
      {
        ...this.details,
        source,
        ...(this.details.detail !== undefined ? { detail: hide(this.details.detail) } : {}),
      },
      hide(this.message),
    );
  }
}
