/**
 * A problem with the table given to the discovery that the user can fix (a column that is not there,
 * a score that is not a number, too few rows). It carries a stable code and the facts (column, 1-based
 * row, value), so adapters can word it in Dutch or English and pick an exit code or HTTP status; the
 * English message is for logs and tests. Wrong option values are programmer errors and stay RangeError.
 *
 * What is not an error but a note in the result: a constant column, an all-missing column, rows
 * without an outcome (left out), an outcome that is the same for everyone.
 */
export type DiscoveryErrorCode =
  | "too-few-rows"
  | "unknown-column"
  | "duplicate-column"
  | "invalid-outcome"
  | "invalid-score"
  | "invalid-number"
  | "outcome-as-feature"
  | "protected-as-feature"
  | "id-as-feature"
  | "identifier-as-feature"
  | "more-features-than-rows"
  | "no-usable-features"
  | "no-protected-attributes";

export interface DiscoveryErrorDetails {
  readonly column?: string;
  /** The data row, 1-based, in the order the rows were given. */
  readonly row?: number;
  readonly value?: string;
  readonly rows?: number;
  readonly required?: number;
  readonly features?: number;
  readonly distinct?: number;
}

export class DiscoveryError extends Error {
  readonly code: DiscoveryErrorCode;
  readonly details: DiscoveryErrorDetails;

  constructor(code: DiscoveryErrorCode, details: DiscoveryErrorDetails, message: string) {
    super(message);
    this.name = "DiscoveryError";
    this.code = code;
    this.details = details;
  }
}
