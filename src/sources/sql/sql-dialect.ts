/** The few places where DuckDB and PostgreSQL SQL differ for the audit's push-down queries. */
export interface SqlDialect {
  readonly name: "duckdb" | "postgres";
  readonly double: string;
  /** A boolean expression: the whole of `text` matches the regular expression `pattern`. */
  fullMatch(text: string, pattern: string): string;
  /**
   * A number from text with a decimal point or comma, or NULL when the text is not a finite number
   * (digits, one separator, an optional exponent; no thousands separators).
   */
  parseNumber(text: string): string;
  /** The median of a numeric expression. */
  median(expr: string): string;
  /** A row number in the order the rows are read, or null when the engine has no such order. */
  readonly rowNumber: string | null;
}

export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  double: "DOUBLE",
  fullMatch: (text, pattern) => `regexp_full_match(${text}, ${literal(pattern)})`,
  // TRY_CAST is several times faster than a regular expression over millions of rows; the
  // digit check keeps out what DuckDB would also accept (inf, nan, 1_000, 0x1F).
  parseNumber: (text) => {
    const value = `TRY_CAST(REPLACE(${text}, ',', '.') AS DOUBLE)`;
    return `CASE WHEN isfinite(${value}) AND NOT contains(${text}, '_') AND NOT contains(lower(${text}), 'x') THEN ${value} END`;
  },
  median: (expr) => `quantile_cont(${expr}, 0.5)`,
  rowNumber: "row_number() OVER ()",
};

export const postgresDialect: SqlDialect = {
  name: "postgres",
  double: "DOUBLE PRECISION",
  fullMatch: (text, pattern) => `(${text} ~ ${literal(`^(?:${pattern})$`)})`,
  // At most 30 characters and a two-digit exponent: anything larger would overflow the cast and
  // fail the whole query instead of being reported as an unreadable score.
  parseNumber: (text) =>
    `CASE WHEN length(${text}) <= 30 AND ${text} ~ ${literal(`^(?:${NUMBER_PATTERN_SHORT_EXPONENT})$`)} THEN CAST(REPLACE(${text}, ',', '.') AS DOUBLE PRECISION) END`,
  median: (expr) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expr})`,
  rowNumber: null,
};

/** Digits with at most one decimal point or comma and an optional exponent. */
export const NUMBER_PATTERN = "[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?";
const NUMBER_PATTERN_SHORT_EXPONENT = "[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]{1,2})?";

/** A SQL string literal. */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier (a column name exactly as written in the log). */
export function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
