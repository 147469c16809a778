import { DuckDBInstance } from "@duckdb/node-api";
import { DecisionLogError } from "./decision-log-error.ts";
import { decisionFileRelation } from "./duckdb/decision-file-relation.ts";
import { runAll } from "./duckdb/duckdb-query.ts";
import { identifier } from "./sql/sql-dialect.ts";

/** A file's rows in memory, every value as the text written (null when empty), in file order. */
export interface FileRows {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string | null>>[];
}

/**
 * Reads a CSV/TSV, JSON lines or Parquet file into rows of text, with DuckDB (the same strict CSV
 * reading as the audit: sniffed header and separator, ragged rows named by line). For analyses that
 * need each row in JavaScript (screening, discovery): a hundred thousand rows of twenty columns take
 * some hundreds of megabytes at most. A file without data rows is an error.
 */
export async function readRows(path: string): Promise<FileRows> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const file = await decisionFileRelation(connection, path);
    const columns = file.columns
      .map((c) => `CAST(${identifier(c)} AS VARCHAR) AS ${identifier(c)}`)
      .join(", ");
    const raw = await runAll(connection, `SELECT ${columns} FROM ${file.relation}`, path);
    if (raw.length === 0)
      throw new DecisionLogError("no-data-rows", { source: path }, `${path}: no data rows`);
    const rows = raw.map((row) => {
      const out: Record<string, string | null> = {};
      for (const c of file.columns) out[c] = row[c] === null || row[c] === undefined ? null : String(row[c]);
      return out;
    });
    return { columns: file.columns, rows };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
