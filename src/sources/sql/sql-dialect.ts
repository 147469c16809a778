/** The few places where DuckDB and PostgreSQL SQL differ for the audit's push-down queries. */
export interface SqlDialect {
  readonly name: "duckdb" | "postgres";
  readonly double: string;
  /** A boolean expression: the whole of `text` matches the regular expression `pattern`. */
  fullMatch(text: string, pattern: string): string;
  /** The median of a numeric expression. */
  median(expr: string): string;
  /** Discrete quantiles (observed values) of a numeric expression, as an array. */
  quantilesDisc(expr: string, probabilities: readonly number[]): string;
  /** A row number in the order the rows are read, or null when the engine has no such order. */
  readonly rowNumber: string | null;
}

export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  double: "DOUBLE",
  fullMatch: (text, pattern) => `regexp_full_match(${text}, ${literal(pattern)})`,
  median: (expr) => `quantile_cont(${expr}, 0.5)`,
  quantilesDisc: (expr, ps) => `quantile_disc(${expr}, [${ps.join(", ")}])`,
  rowNumber: "row_number() OVER ()",
};

export const postgresDialect: SqlDialect = {
  name: "postgres",
  double: "DOUBLE PRECISION",
  fullMatch: (text, pattern) => `(${text} ~ ${literal(`^(?:${pattern})$`)})`,
  median: (expr) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expr})`,
  quantilesDisc: (expr, ps) =>
    `percentile_disc(ARRAY[${ps.join(", ")}]::${"DOUBLE PRECISION"}[]) WITHIN GROUP (ORDER BY ${expr})`,
  rowNumber: null,
};

/** A SQL string literal. */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier (a column name exactly as written in the log). */
export function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
