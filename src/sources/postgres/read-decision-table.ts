import pg from "pg";
import type { DecisionCells } from "../../core/audit/decision-cells.ts";
import { checkColumns } from "../check-columns.ts";
import type { DecisionLogColumns } from "../decision-log-columns.ts";
import { DecisionLogError } from "../decision-log-error.ts";
import type { QueryRunner } from "../query-runner.ts";
import { type ReadCellsOptions, readCells } from "../read-cells.ts";
import { identifier, postgresDialect } from "../sql/sql-dialect.ts";

export type TableSource = { readonly table: string } | { readonly query: string };

export interface TableInput {
  readonly kind: "postgres";
  readonly table: string | null;
  readonly query: string | null;
  readonly columns: readonly string[];
}

/**
 * Reads a decision log from a PostgreSQL table or query with the same push-down as for files: the
 * server validates and aggregates, only the cells come back.
 */
export async function readDecisionTable(
  connectionString: string,
  source: TableSource,
  columns: DecisionLogColumns,
  options: ReadCellsOptions = {},
): Promise<{ cells: DecisionCells; input: TableInput }> {
  const label = "table" in source ? `table ${source.table}` : "query";
  const relation =
    "table" in source
      ? source.table
          .split(".")
          .map((part) => identifier(part))
          .join(".")
      : `(${source.query.replace(/;\s*$/, "")}) AS source_query`;
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    // Dates as text in ISO order whatever the server's DateStyle, so a DATE column reads as YYYY-MM-DD.
    await client.query("SET DateStyle TO ISO, YMD; SET TimeZone TO 'UTC'");
  } catch (error) {
    throw new DecisionLogError(
      "database-error",
      { source: redact(connectionString), detail: messageOf(error) },
      `cannot connect: ${messageOf(error)}`,
    );
  }
  try {
    const runner: QueryRunner = {
      all: async (sql) => {
        try {
          return (await client.query(sql)).rows as Record<string, unknown>[];
        } catch (error) {
          throw new DecisionLogError(
            "database-error",
            { source: label, detail: messageOf(error) },
            `${label}: ${messageOf(error)}`,
          );
        }
      },
    };
    const probe = await client.query(`SELECT * FROM ${relation} LIMIT 0`).catch((error: unknown) => {
      throw new DecisionLogError(
        "database-error",
        { source: label, detail: messageOf(error) },
        `${label}: ${messageOf(error)}`,
      );
    });
    const names = probe.fields.map((f) => f.name);
    checkColumns(label, names, columns);
    const cells = await readCells(
      runner,
      { relation, columns, dialect: postgresDialect },
      { name: label },
      options,
    );
    return {
      cells,
      input: {
        kind: "postgres",
        table: "table" in source ? source.table : null,
        query: "query" in source ? source.query : null,
        columns: names,
      },
    };
  } finally {
    await client.end();
  }
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A connection string without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
