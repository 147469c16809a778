import type { DuckDBConnection } from "@duckdb/node-api";
import { DecisionLogError } from "../decision-log-error.ts";

/** Runs a query and returns plain rows, with DuckDB's reader errors reworded for the user. */
export async function runAll(
  connection: DuckDBConnection,
  sql: string,
  path: string,
): Promise<Record<string, unknown>[]> {
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  } catch (error) {
    throw translate(error, path);
  }
}

/** DuckDB's reader errors, reworded: a ragged row keeps its line number and the counts. */
function translate(error: unknown, path: string): Error {
  if (error instanceof DecisionLogError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (line && columns) {
    return new DecisionLogError(
      "ragged-row",
      { source: path, line: Number(line[1]), expected: Number(columns[1]), found: Number(columns[2]) },
      `${path} line ${line[1]}: expected ${columns[1]} fields, found ${columns[2]}`,
    );
  }
  const first = message.split("\n")[0] ?? message;
  return new DecisionLogError(
    "unreadable-file",
    { source: path, detail: first, ...(line ? { line: Number(line[1]) } : {}) },
    `${path}: cannot read the file: ${first}`,
  );
}
