import { type DecisionLogColumns, NEGATIVE_VALUES, POSITIVE_VALUES } from "../decision-log-columns.ts";
import { identifier, literal, type SqlDialect } from "./sql-dialect.ts";

/**
 * The push-down queries of an audit, written once for DuckDB (files) and PostgreSQL (tables): the rows
 * are normalised in SQL (text attributes with empty meaning unknown, outcome and label to 1/0, scores
 * with a decimal point or comma), then reduced to one row per cell of the finest grouping. Only the
 * cells travel to JavaScript.
 */
export interface CellQueryPlan {
  /** A FROM-clause expression: a table function, a quoted table name or a parenthesised query. */
  readonly relation: string;
  readonly columns: DecisionLogColumns;
  readonly dialect: SqlDialect;
}

export interface ScoreCuts {
  readonly median: number;
  readonly cuts: readonly number[];
}

/** 2025-03-31, optionally followed by a time. */
const ISO_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}([T ].*)?";
/** 31-03-2025, as Dutch spreadsheets write dates, optionally followed by a time. */
const DUTCH_DATE = "[0-9]{2}-[0-9]{2}-[0-9]{4}([T ].*)?";

function text(column: string): string {
  return `NULLIF(TRIM(CAST(${identifier(column)} AS VARCHAR)), '')`;
}

function binary(column: string): string {
  const v = `lower(${text(column)})`;
  const list = (xs: readonly string[]) => xs.map(literal).join(", ");
  return `CASE WHEN ${v} IN (${list(POSITIVE_VALUES)}) THEN 1 WHEN ${v} IN (${list(NEGATIVE_VALUES)}) THEN 0 END`;
}

/** The rows with normalised columns: g0…gk, o, [l, l_present], [s, s_present], [st], [rq], [r]. */
export function normalizedRows(plan: CellQueryPlan, options: { withRowNumber?: boolean } = {}): string {
  const { columns: c, dialect: d } = plan;
  const parts = c.protected.map((a, i) => `${text(a)} AS g${i}`);
  parts.push(`${binary(c.outcome)} AS o`, `${text(c.outcome)} AS o_raw`);
  if (c.label !== undefined) parts.push(`${binary(c.label)} AS l`, `${text(c.label)} AS l_raw`);
  if (c.score !== undefined) {
    const raw = text(c.score);
    parts.push(`${d.parseNumber(raw)} AS s`, `${raw} AS s_raw`);
  }
  if (c.stage !== undefined) parts.push(`${text(c.stage)} AS st`);
  if (c.requisition !== undefined) parts.push(`${text(c.requisition)} AS rq`);
  if (c.date !== undefined) {
    const raw = text(c.date);
    parts.push(
      `CASE WHEN ${d.fullMatch(raw, ISO_DATE)} THEN substr(${raw}, 1, 10) WHEN ${d.fullMatch(raw, DUTCH_DATE)} THEN substr(${raw}, 7, 4) || '-' || substr(${raw}, 4, 2) || '-' || substr(${raw}, 1, 2) END AS dt`,
      `${raw} AS dt_raw`,
    );
  }
  if (options.withRowNumber && d.rowNumber) parts.push(`${d.rowNumber} AS r`);
  return `SELECT ${parts.join(", ")} FROM ${plan.relation}`;
}

/** One pass for the score: how many rows have one, the median, the range, and unreadable scores. */
export function scoreSummaryQuery(plan: CellQueryPlan): string {
  const d = plan.dialect;
  return `SELECT CAST(count(s) AS ${d.double}) AS scored, ${d.median("s")} AS median, min(s) AS min, max(s) AS max, CAST(count(*) FILTER (WHERE s IS NULL AND s_raw IS NOT NULL) AS ${d.double}) AS bad FROM (${normalizedRows(scoreOnly(plan))}) AS rows_`;
}

/** The plan reduced to the score column, so the score pass normalises nothing else. */
function scoreOnly(plan: CellQueryPlan): CellQueryPlan {
  const { outcome, score } = plan.columns;
  return { ...plan, columns: { outcome, protected: [], ...(score !== undefined ? { score } : {}) } };
}

/** The cell query: one row per combination of attribute values (and stage and requisition). */
export function cellQuery(
  plan: CellQueryPlan,
  score: ScoreCuts | undefined,
  options: { readonly byScore?: boolean } = {},
): string {
  const { columns: c, dialect: d } = plan;
  const keys = c.protected.map((_, i) => `g${i}`);
  if (c.stage !== undefined) keys.push("st");
  if (c.requisition !== undefined) keys.push("rq");
  // With few distinct scores, the score itself is a key: one pass gives every count, and the median
  // and the cut counts follow exactly in JavaScript (see read-cells.ts).
  if (options.byScore && c.score !== undefined) keys.push("s");
  const count = (where: string, alias: string) =>
    `CAST(count(*) FILTER (WHERE ${where}) AS ${d.double}) AS ${alias}`;
  const parts = [
    ...keys,
    `CAST(count(*) AS ${d.double}) AS n`,
    count("o = 1", "selected"),
    count("o IS NULL", "bad_outcome"),
  ];
  if (c.label !== undefined) {
    parts.push(
      count("o = 1 AND l = 1", "tp"),
      count("o = 1 AND l = 0", "fp"),
      count("o = 0 AND l = 0", "tn"),
      count("o = 0 AND l = 1", "fn"),
      count("o = 1 AND l_raw IS NULL", "unlabelled_selected"),
      count("o = 0 AND l_raw IS NULL", "unlabelled_rejected"),
      count("l IS NULL AND l_raw IS NOT NULL", "bad_label"),
    );
  }
  if (c.date !== undefined) {
    parts.push(
      "min(dt) AS first_date",
      "max(dt) AS last_date",
      count("dt IS NULL AND dt_raw IS NOT NULL", "bad_date"),
    );
  }
  if (c.score !== undefined && options.byScore) {
    parts.push(count("s IS NULL AND s_raw IS NOT NULL", "bad_score"));
  } else if (c.score !== undefined && score) {
    const center = `CAST(${score.median} AS ${d.double})`;
    parts.push(
      `CAST(count(s) AS ${d.double}) AS scored`,
      `COALESCE(sum(s - ${center}), 0) AS ssum`,
      `COALESCE(sum((s - ${center}) * (s - ${center})), 0) AS ssq`,
      count(`s > ${center}`, "above_median"),
      ...score.cuts.map((cut, k) => count(`s > CAST(${cut} AS ${d.double})`, `above_${k}`)),
      count("s IS NULL AND s_raw IS NOT NULL", "bad_score"),
    );
  }
  return `SELECT ${parts.join(", ")} FROM (${normalizedRows(plan)}) AS rows_ GROUP BY ${keys.length > 0 ? keys.join(", ") : "()"}`;
}

export type InvalidValueProblem = "outcome" | "label" | "score" | "stage" | "requisition" | "date";

/** The first few rows with an unreadable value, with their row number where the engine has one. */
export function invalidRowsQuery(plan: CellQueryPlan, problem: InvalidValueProblem): string {
  const where = {
    outcome: "o IS NULL",
    label: "l IS NULL AND l_raw IS NOT NULL",
    score: "s IS NULL AND s_raw IS NOT NULL",
    stage: "st IS NULL",
    requisition: "rq IS NULL",
    date: "dt IS NULL AND dt_raw IS NOT NULL",
  }[problem];
  const raw = {
    outcome: "o_raw",
    label: "l_raw",
    score: "s_raw",
    stage: "NULL",
    requisition: "NULL",
    date: "dt_raw",
  }[problem];
  const rowNumber = plan.dialect.rowNumber ? "r" : "NULL";
  return `SELECT ${rowNumber} AS r, ${raw} AS raw FROM (${normalizedRows(plan, { withRowNumber: true })}) AS rows_ WHERE ${where} ${plan.dialect.rowNumber ? "ORDER BY r " : ""}LIMIT 3`;
}

/** Distinct values of each protected attribute in the first rows: catches an id chosen as a group. */
export function distinctSampleQuery(plan: CellQueryPlan, sampleRows: number): string {
  const d = plan.dialect;
  const parts = plan.columns.protected.map(
    (a, i) => `CAST(count(DISTINCT ${identifier(a)}) AS ${d.double}) AS d${i}`,
  );
  if (plan.columns.score !== undefined) {
    parts.push(`CAST(count(DISTINCT ${identifier(plan.columns.score)}) AS ${d.double}) AS d_score`);
  }
  return `SELECT CAST(count(*) AS ${d.double}) AS sample_rows, ${parts.join(", ")} FROM (SELECT * FROM ${plan.relation} LIMIT ${sampleRows}) AS sample_`;
}
