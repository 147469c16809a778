import { DuckDBInstance } from "@duckdb/node-api";
import type { DecisionCells } from "../../core/audit/decision-cells.ts";
import { checkColumns } from "../check-columns.ts";
import type { DecisionLogColumns } from "../decision-log-columns.ts";
import type { FileFormat } from "../file-format.ts";
import { physicalLineOfRow } from "../physical-line.ts";
import type { QueryRunner, SourceLabel } from "../query-runner.ts";
import { type ReadCellsOptions, readCells } from "../read-cells.ts";
import { duckdbDialect } from "../sql/sql-dialect.ts";
import { decisionFileRelation } from "./decision-file-relation.ts";
import { runAll } from "./duckdb-query.ts";

export interface FileInput {
  readonly kind: "file";
  readonly path: string;
  readonly format: FileFormat;
  readonly delimiter: string | null;
  readonly bytes: number;
  readonly columns: readonly string[];
}

export interface ReadDecisionFileOptions extends ReadCellsOptions {
  /** Called about three times a second with the share of the current query done (0–1), when DuckDB knows it. */
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
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    if (options.onProgress) {
      // DuckDB tracks a query's progress only with its progress bar on; printing stays off.
      await connection.run("SET enable_progress_bar = true; SET enable_progress_bar_print = false");
    }
    const file = await decisionFileRelation(connection, path);
    checkColumns(path, file.columns, columns);
    const runner: QueryRunner = {
      all: (sql) => withProgress(connection, options.onProgress, () => runAll(connection, sql, path)),
    };
    const source: SourceLabel = {
      name: path,
      ...(file.format === "parquet"
        ? {}
        : {
            lineOf: (row: number) =>
              physicalLineOfRow(path, row, { quotes: file.format === "csv", header: file.format === "csv" }),
          }),
    };
    const cells = await readCells(
      runner,
      { relation: file.relation, columns, dialect: duckdbDialect },
      source,
      options,
    );
    return {
      cells,
      input: {
        kind: "file",
        path,
        format: file.format,
        delimiter: file.delimiter,
        bytes: file.bytes,
        columns: file.columns,
      },
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
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
