/**
 * The sufficient statistics of a decision log: one cell per combination of attribute values (and
 * stage and requisition when those columns are given). Every figure of an audit is a sum over cells,
 * so a source can push the aggregation down to the engine that holds the rows (DuckDB, PostgreSQL)
 * and hand the core a few hundred cells instead of millions of rows.
 */

/** Confusion counts of the decision (selected = predicted positive) against a ground-truth label. */
export interface LabelCounts {
  /** Selected and label positive. */
  readonly tp: number;
  /** Selected and label negative. */
  readonly fp: number;
  /** Not selected and label negative. */
  readonly tn: number;
  /** Not selected and label positive. */
  readonly fn: number;
  /** Selected rows without a label value: left out of the error rates. */
  readonly unlabelledSelected: number;
  /** Rejected rows without a label value: left out of the error rates. */
  readonly unlabelledRejected: number;
}

/** Score sums of a cell. Sums are of (score − center) to keep the variance numerically stable. */
export interface ScoreSums {
  /** Rows of the cell that have a score. */
  readonly scored: number;
  /** Σ (score − center). */
  readonly sum: number;
  /** Σ (score − center)². */
  readonly sumSquares: number;
  /** Rows whose score is strictly above the median of all scored rows (NYC LL144 "scoring rate"). */
  readonly aboveMedian: number;
  /** For each cut in `ScoreSummary.cuts`, rows whose score is strictly above it. */
  readonly aboveCuts: readonly number[];
}

export interface DecisionCell {
  /** One value per attribute of `DecisionCells.attributes`; null means unknown (empty in the log). */
  readonly values: readonly (string | null)[];
  /** The stage of the rows, or null when the log has no stage column. */
  readonly stage: string | null;
  /** The requisition (vacancy) of the rows, or null when the log has no requisition column. */
  readonly requisition: string | null;
  /** Rows in the cell. */
  readonly n: number;
  /** Rows with a positive outcome (selected, advanced, hired). */
  readonly selected: number;
  readonly label?: LabelCounts;
  readonly score?: ScoreSums;
}

/** What is known of the score distribution of all scored rows, computed before the cells. */
export interface ScoreSummary {
  /** Median of every row with a score, unknown demographics included (LL144 § 5-301(c)(1)). */
  readonly median: number;
  /** The value subtracted before summing (the median), so that sums stay small. */
  readonly center: number;
  /** Cut scores for the impact-ratio curve, ascending (see cut-grid.ts). */
  readonly cuts: readonly number[];
  /** Rows with a score. */
  readonly scored: number;
}

export interface DecisionCells {
  /** The protected or monitoring attributes, in the order of `DecisionCell.values`. */
  readonly attributes: readonly string[];
  /** Rows in the decision log. */
  readonly rows: number;
  readonly cells: readonly DecisionCell[];
  /** Present when the log has a score column. */
  readonly score?: ScoreSummary;
  /** True when the log has a label (ground truth) column. */
  readonly hasLabel: boolean;
  /** True when the log has a stage column. */
  readonly hasStage: boolean;
  /** True when the log has a requisition column. */
  readonly hasRequisition: boolean;
  /** First and last decision date (ISO YYYY-MM-DD), when the log has a date column. */
  readonly period?: { readonly first: string; readonly last: string };
}
