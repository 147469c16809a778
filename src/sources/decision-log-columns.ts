/** Which column of a decision log holds what. Only `outcome` and `protected` are required. */
export interface DecisionLogColumns {
  /** Selected / advanced: 1/0, yes/no, true/false, ja/nee (case-insensitive). */
  readonly outcome: string;
  /** The protected or monitoring attributes; their values are kept as the text in the log. */
  readonly protected: readonly string[];
  /** A numeric score (decimal point or decimal comma). */
  readonly score?: string;
  /** Ground truth (e.g. "was suitable"): same values as the outcome; empty means not known. */
  readonly label?: string;
  /** The selection stage of the row, for funnel analysis. */
  readonly stage?: string;
  /** The requisition (vacancy) of the row, for stratified analysis. */
  readonly requisition?: string;
  /** The decision date (YYYY-MM-DD or DD-MM-YYYY, optionally with a time): gives the audit period. */
  readonly date?: string;
}

export const POSITIVE_VALUES = ["1", "1.0", "yes", "y", "true", "t", "ja", "j", "waar"] as const;
export const NEGATIVE_VALUES = ["0", "0.0", "no", "n", "false", "f", "nee", "onwaar"] as const;

/** Every column the audit reads, without repeats. */
export function columnsRead(c: DecisionLogColumns): string[] {
  return [
    ...new Set(
      [c.outcome, ...c.protected, c.score, c.label, c.stage, c.requisition, c.date].filter(
        (x) => x !== undefined,
      ),
    ),
  ];
}
