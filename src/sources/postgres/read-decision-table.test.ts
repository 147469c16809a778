/**
 * The PostgreSQL push-down against a real server (started by test-support/postgres-global-setup.ts):
 * the example log loaded into a table must give the same cells as the CSV read by DuckDB.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { DecisionCells } from "../../core/audit/decision-cells.ts";
import { DecisionLogError } from "../decision-log-error.ts";
import { readDecisionFile } from "../duckdb/read-decision-file.ts";
import { readDecisionTable } from "./read-decision-table.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const csv = `${root}examples/hiring-decisions.csv`;
const url = inject("databaseUrl");
const columns = {
  outcome: "selected",
  score: "assessment_score",
  stage: "stage",
  requisition: "vacancy",
  protected: ["gender", "ethnicity", "age_band"],
};

/** Cells in a canonical order, sums rounded: the two engines may add floating-point numbers in another order. */
function canonical(cells: DecisionCells): string[] {
  return cells.cells
    .map((c) =>
      JSON.stringify({
        ...c,
        score: c.score && {
          ...c.score,
          sum: c.score.sum.toFixed(6),
          sumSquares: c.score.sumSquares.toFixed(4),
        },
      }),
    )
    .sort();
}

describe("reading a decision log from PostgreSQL", () => {
  const client = new pg.Client({ connectionString: url });
  beforeAll(async () => {
    await client.connect();
    const [header, ...lines] = readFileSync(csv, "utf8").trim().split("\n");
    const names = header!.split(",");
    const rows = lines.map((l) => l.split(","));
    await client.query(
      "DROP TABLE IF EXISTS hiring.decisions; DROP SCHEMA IF EXISTS hiring; CREATE SCHEMA hiring",
    );
    await client.query(`CREATE TABLE hiring.decisions (${names.map((n) => `"${n}" text`).join(", ")})`);
    await client.query(
      `INSERT INTO hiring.decisions SELECT * FROM unnest(${names.map((_, i) => `$${i + 1}::text[]`).join(", ")})`,
      names.map((_, i) => rows.map((r) => r[i] ?? "")),
    );
  });
  afterAll(async () => {
    await client.end();
  });

  it("gives the same cells as DuckDB on the CSV, from a table and from a query", async () => {
    const fromFile = await readDecisionFile(csv, columns);
    const fromTable = await readDecisionTable(url, { table: "hiring.decisions" }, columns);
    const fromQuery = await readDecisionTable(
      url,
      { query: "SELECT * FROM hiring.decisions WHERE true;" },
      columns,
    );
    expect(fromTable.cells.rows).toBe(4205);
    expect(fromTable.cells.score).toEqual(fromFile.cells.score);
    expect(canonical(fromTable.cells)).toEqual(canonical(fromFile.cells));
    expect(canonical(fromQuery.cells)).toEqual(canonical(fromFile.cells));
    expect(fromTable.input).toMatchObject({ kind: "postgres", table: "hiring.decisions", query: null });
  });
  it("refuses an unknown table and a misspelled column with a clear error", async () => {
    await expect(readDecisionTable(url, { table: "hiring.nope" }, columns)).rejects.toMatchObject({
      code: "database-error",
    });
    const e = await readDecisionTable(
      url,
      { table: "hiring.decisions" },
      { ...columns, outcome: "Selected" },
    ).catch((x) => x);
    expect(e).toBeInstanceOf(DecisionLogError);
    expect(e.code).toBe("missing-column");
    expect(e.details.suggestion).toBe("selected");
  });
  it("finds an unreadable outcome in the table", async () => {
    await client.query("CREATE TABLE IF NOT EXISTS hiring.bad AS SELECT * FROM hiring.decisions");
    await client.query("UPDATE hiring.bad SET selected = 'perhaps' WHERE candidate = 'C00007'");
    const e = await readDecisionTable(url, { table: "hiring.bad" }, columns).catch((x) => x);
    expect(e.code).toBe("invalid-outcome");
    expect(e.details.value).toBe("perhaps");
  });
  it("runs from the CLI with --db and --table", () => {
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        `${root}src/cli/main.ts`,
        "audit",
        "--db",
        url,
        "--table",
        "hiring.decisions",
        "--outcome",
        "selected",
        "--protected",
        "gender",
        "--format",
        "json",
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.rows).toBe(4205);
    expect(doc.provenance.input.kind).toBe("postgres");
    expect(JSON.stringify(doc.provenance)).not.toContain("postgres://");
  });
});
