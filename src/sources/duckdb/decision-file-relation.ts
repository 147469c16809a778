import { stat } from "node:fs/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import { readCsvHeader } from "../csv-header.ts";
import { DecisionLogError } from "../decision-log-error.ts";
import { type FileFormat, fileFormatOf } from "../file-format.ts";
import { literal } from "../sql/sql-dialect.ts";
import { runAll } from "./duckdb-query.ts";

export interface DecisionFileRelation {
  /** A DuckDB table function reading the file, for FROM clauses. */
  readonly relation: string;
  readonly format: FileFormat;
  readonly delimiter: string | null;
  readonly columns: readonly string[];
  readonly bytes: number;
}

/**
 * How DuckDB reads a decision log file. A CSV/TSV is read strictly with the header sniffed here (BOM,
 * delimiter, names), every column as text, so a ragged row is an error with its line number and
 * attribute values stay as written; Parquet and JSON lines come with their own schema.
 */
export async function decisionFileRelation(
  connection: DuckDBConnection,
  path: string,
): Promise<DecisionFileRelation> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile())
    throw new DecisionLogError("file-not-found", { source: path }, `${path}: file not found`);
  if (info.size === 0)
    throw new DecisionLogError("file-empty", { source: path }, `${path}: the file is empty`);
  const format = fileFormatOf(path);
  if (!format)
    throw new DecisionLogError("unsupported-format", { source: path }, `${path}: unsupported file type`);
  if (format === "csv") {
    const header = await readCsvHeader(path);
    if (!header)
      throw new DecisionLogError("file-empty", { source: path }, `${path}: the file has no header line`);
    checkHeader(path, header.names);
    const types = header.names.map((n) => `${literal(n)}: 'VARCHAR'`).join(", ");
    return {
      relation: `read_csv(${literal(path)}, header = true, delim = ${literal(header.delimiter)}, quote = '"', escape = '"', strict_mode = true, null_padding = false, skip = 0, auto_detect = false, columns = {${types}})`,
      format,
      delimiter: header.delimiter,
      columns: header.names,
      bytes: info.size,
    };
  }
  const relation =
    format === "parquet"
      ? `read_parquet(${literal(path)})`
      : `read_json(${literal(path)}, format = 'newline_delimited')`;
  const described = await runAll(connection, `DESCRIBE SELECT * FROM ${relation}`, path);
  return {
    relation,
    format,
    delimiter: null,
    columns: described.map((r) => String(r.column_name)),
    bytes: info.size,
  };
}

function checkHeader(path: string, names: readonly string[]) {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      throw new DecisionLogError(
        "duplicate-column",
        { source: path, column: name, line: 1 },
        `${path} line 1: column ${name} appears twice`,
      );
    }
    seen.add(name);
  }
}
