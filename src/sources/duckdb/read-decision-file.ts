import { stat } from "node:fs/promises";
import { DuckDBInstance } from "@duckdb/node-api";
import type { DecisionCells } from "../../core/audit/decision-cells.ts";
import { checkColumns } from "../check-columns.ts";
import { readCsvHeader } from "../csv-header.ts";
import type { DecisionLogColumns } from "../decision-log-columns.ts";
import { DecisionLogError } from "../decision-log-error.ts";
import { type FileFormat, fileFormatOf } from "../file-format.ts";
import type { QueryRunner, SourceLabel } from "../query-runner.ts";
import { type ReadCellsOptions, readCells } from "../read-cells.ts";
import type { CellQueryPlan } from "../sql/cell-query.ts";
import { duckdbDialect, literal } from "../sql/sql-dialect.ts";

export interface FileInput {
  readonly kind: "file";
  readonly path: string;
  readonly format: FileFormat;
  readonly delimiter: string | null;
  readonly bytes: number;
  readonly columns: readonly string[];
}

export interface ReadDecisionFileOptions extends ReadCellsOptions {
  /** Called about three times a second with the share of the current query done (0–1). */
  readonly onProgress?: (fraction: number) => void;
}

/**
 * Reads a decision log file (CSV/TSV, Parquet, JSON lines) with DuckDB and returns its cells. The
 * rows never enter JavaScript: DuckDB validates and aggregates them where they are.
 */
export async function readDecisionFile(
  path: string,
  columns: DecisionLogColumns,
  options: ReadDecisionFileOptions = {},
): Promise<{ cells: DecisionCells; input: FileInput }> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile())
    throw new DecisionLogError("file-not-found", { source: path }, `${path}: file not found`);
  if (info.size === 0)
    throw new DecisionLogError("file-empty", { source: path }, `${path}: the file is empty`);
  const format = fileFormatOf(path);
  if (!format)
    throw new DecisionLogError("unsupported-format", { source: path }, `${path}: unsupported file type`);

  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  if (options.onProgress) {
    // DuckDB tracks a query's progress only with its progress bar on; printing stays off.
    await connection.run("SET enable_progress_bar = true; SET enable_progress_bar_print = false");
  }
  try {
    let relation: string;
    let names: readonly string[];
    let delimiter: string | null = null;
    if (format === "csv") {
      const header = await readCsvHeader(path);
      if (!header)
        throw new DecisionLogError("file-empty", { source: path }, `${path}: the file has no header line`);
      checkHeader(path, header.names);
      delimiter = header.delimiter;
      names = header.names;
      const types = names.map((n) => `${literal(n)}: 'VARCHAR'`).join(", ");
      relation = `read_csv(${literal(path)}, header = true, delim = ${literal(delimiter)}, quote = '"', escape = '"', strict_mode = true, null_padding = false, skip = 0, auto_detect = false, columns = {${types}})`;
    } else {
      relation =
        format === "parquet"
          ? `read_parquet(${literal(path)})`
          : `read_json(${literal(path)}, format = 'newline_delimited')`;
      const described = await all(connection, `DESCRIBE SELECT * FROM ${relation}`, path);
      names = described.map((r) => String(r.column_name));
    }
    checkColumns(path, names, columns);
    const runner: QueryRunner = {
      all: (sql) => withProgress(connection, options.onProgress, () => all(connection, sql, path)),
    };
    const source: SourceLabel = {
      name: path,
      lineOffset: format === "csv" ? 1 : format === "jsonl" ? 0 : null,
    };
    const plan: CellQueryPlan = { relation, columns, dialect: duckdbDialect };
    const cells = await readCells(runner, plan, source, options);
    return { cells, input: { kind: "file", path, format, delimiter, bytes: info.size, columns: names } };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
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

async function all(
  connection: Awaited<ReturnType<DuckDBInstance["connect"]>>,
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

async function withProgress<T>(
  connection: Awaited<ReturnType<DuckDBInstance["connect"]>>,
  onProgress: ((fraction: number) => void) | undefined,
  run: () => Promise<T>,
): Promise<T> {
  if (!onProgress) return run();
  const timer = setInterval(() => {
    const p = connection.progress.percentage;
    if (p >= 0) onProgress(p / 100);
  }, 300);
  try {
    return await run();
  } finally {
    clearInterval(timer);
  }
}
