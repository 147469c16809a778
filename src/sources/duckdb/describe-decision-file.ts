import { DuckDBInstance } from "@duckdb/node-api";
import type { FileFormat } from "../file-format.ts";
import { identifier } from "../sql/sql-dialect.ts";
import { decisionFileRelation } from "./decision-file-relation.ts";
import { runAll } from "./duckdb-query.ts";

export interface DecisionFileDescription {
  readonly format: FileFormat;
  readonly delimiter: string | null;
  readonly columns: readonly string[];
  /** Per column, up to 12 distinct values from the first 10,000 rows and their number there. */
  readonly sample: Readonly<
    Record<string, { readonly values: readonly string[]; readonly distinct: number }>
  >;
}

/** The columns of an uploaded log and a glimpse of their values, to guess the column mapping. */
export async function describeDecisionFile(path: string): Promise<DecisionFileDescription> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const file = await decisionFileRelation(connection, path);
    const sample: Record<string, { values: string[]; distinct: number }> = {};
    const parts = file.columns.map(
      (c, i) =>
        `list_slice(list_sort(list_distinct(list(CAST(${identifier(c)} AS VARCHAR)))), 1, 12) AS v${i}, CAST(count(DISTINCT ${identifier(c)}) AS DOUBLE) AS d${i}`,
    );
    const [row] = await runAll(
      connection,
      `SELECT ${parts.join(", ")} FROM (SELECT * FROM ${file.relation} LIMIT 10000)`,
      path,
    );
    file.columns.forEach((c, i) => {
      const values = ((row?.[`v${i}`] ?? []) as unknown[]).filter((v) => v !== null).map(String);
      sample[c] = { values, distinct: Number(row?.[`d${i}`] ?? 0) };
    });
    return { format: file.format, delimiter: file.delimiter, columns: file.columns, sample };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The distinct non-empty values of one column (for choosing a reference group or the stage order). */
export async function distinctValues(
  path: string,
  column: string,
  limit = 100,
): Promise<{ values: string[]; more: boolean }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const file = await decisionFileRelation(connection, path);
    const value = `NULLIF(TRIM(CAST(${identifier(column)} AS VARCHAR)), '')`;
    const rows = await runAll(
      connection,
      `SELECT DISTINCT ${value} AS v FROM ${file.relation} WHERE ${value} IS NOT NULL ORDER BY v LIMIT ${limit + 1}`,
      path,
    );
    const values = rows.map((r) => String(r.v));
    return { values: values.slice(0, limit), more: values.length > limit };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
