/**
 * The input of the discovery and the proxy check: rows in memory (as the CLI reads them from a file,
 * or the browser from an upload) and what the columns mean.
 */

/** One cell. null, undefined, NaN and blank text are missing values. */
export type CellValue = string | number | boolean | null | undefined;

export type DiscoveryRow = Readonly<Record<string, CellValue>>;

/** How a feature is read: a number (binned, thresholds) or a category (equality). */
export type FeatureKind = "numeric" | "categorical";

/**
 * What is measured per row:
 * - decision: a yes/no outcome (1/0, true/false, yes/no, ja/nee, y/n, j/n), e.g. invited or hired;
 * - score: a number, e.g. an assessment score or a ranking score;
 * - error: a prediction and the true label; the outcome is 1 when they differ (a wrong prediction).
 */
export type OutcomeSpec =
  | { readonly kind: "decision"; readonly column: string }
  | { readonly kind: "score"; readonly column: string }
  | { readonly kind: "error"; readonly prediction: string; readonly label: string };

export interface DiscoveryTable {
  readonly rows: readonly DiscoveryRow[];
  readonly outcome: OutcomeSpec;
  /**
   * Which direction of the outcome is worse for the applicant: "low" for decisions (0 = rejected) and
   * scores where higher is better, "high" for errors or a risk score.
   */
  readonly worse: "low" | "high";
  /**
   * The columns to search. Default: every column except the outcome columns, the protected attributes
   * and the id.
   */
  readonly features?: readonly string[];
  /** Declared kinds; any feature not named is detected with `detectFeatureKind`. */
  readonly kinds?: Readonly<Record<string, FeatureKind>>;
  /**
   * Protected or monitoring attributes (gender, origin, ...). Never used to find groups: only to
   * report each group's composition (validation) and for the proxy check.
   */
  readonly protected?: readonly string[];
  /** A column naming each row (for `--assignments`); never a feature. */
  readonly id?: string;
}

export const outcomeColumns = (outcome: OutcomeSpec): readonly string[] =>
  outcome.kind === "error" ? [outcome.prediction, outcome.label] : [outcome.column];
