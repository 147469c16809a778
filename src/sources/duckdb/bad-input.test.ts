/**
 * Bad input gets a clear, located error, never a partial result; awkward but valid input (a Dutch
 * export with BOM, semicolons and decimal commas; TSV; Parquet; JSON lines) reads correctly.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { audit } from "../../core/audit/audit.ts";
import { DecisionLogError } from "../decision-log-error.ts";
import { readDecisionFile } from "./read-decision-file.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const basic = { outcome: "selected", protected: ["gender"] };

async function failure(promise: Promise<unknown>): Promise<DecisionLogError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DecisionLogError) return error;
    throw error;
  }
  throw new Error("expected a DecisionLogError");
}

describe("awkward but valid files", () => {
  it("reads a Dutch spreadsheet export: BOM, semicolons, CRLF, decimal commas, ja/nee in any case", async () => {
    const { cells, input } = await readDecisionFile(fixture("dutch-export.csv"), {
      outcome: "uitgenodigd",
      score: "score",
      protected: ["geslacht", "herkomst"],
    });
    expect(input.delimiter).toBe(";");
    expect(cells.rows).toBe(6);
    expect(cells.score?.median).toBe(6.625); // scores 5.5 6 6.25 7 7.5 8
    const selected = cells.cells.reduce((s, c) => s + c.selected, 0);
    expect(selected).toBe(3);
    const vrouw = cells.cells.filter((c) => c.values[0] === "vrouw");
    expect(vrouw.reduce((s, c) => s + c.n, 0)).toBe(3);
    const scoreSum = cells.cells.reduce(
      (s, c) => s + (c.score?.sum ?? 0) + (c.score?.scored ?? 0) * 6.625,
      0,
    );
    expect(scoreSum).toBeCloseTo(7.5 + 6.25 + 8 + 5.5 + 7 + 6, 10);
  });
  it("reads ISO and Dutch dates, with or without a time, into the audit period", async () => {
    const { cells } = await readDecisionFile(fixture("dutch-export.csv"), {
      outcome: "uitgenodigd",
      protected: ["geslacht"],
      date: "datum",
    });
    expect(cells.period).toEqual({ first: "2025-01-28", last: "2025-03-14" });
  });
  it("keeps attribute values as written: a yes/no attribute does not become true/false", async () => {
    const { cells } = await readDecisionFile(fixture("dutch-export.csv"), {
      outcome: "uitgenodigd",
      protected: ["ervaring"],
    });
    expect(new Set(cells.cells.map((c) => c.values[0]))).toEqual(new Set(["yes", "no"]));
  });
  it("reads a TSV", async () => {
    const { cells, input } = await readDecisionFile(fixture("tabs.tsv"), basic);
    expect(input.delimiter).toBe("\t");
    expect(cells.rows).toBe(3);
  });
  it("counts empty and blank attribute values as unknown", async () => {
    const { cells } = await readDecisionFile(fixture("unknown-values.csv"), basic);
    const report = audit(cells, { protected: ["gender"], minGroup: 1 });
    expect(report.groupings[0]!.unknown).toBe(2);
  });
  it("reads Parquet and JSON lines to the same cells as CSV", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aware-formats-"));
    const csv = fileURLToPath(new URL("../../../examples/hiring-decisions.csv", import.meta.url));
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const parquet = join(dir, "log.parquet");
    const jsonl = join(dir, "log.jsonl");
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${jsonl}' (FORMAT json)`,
    );
    const columns = {
      outcome: "selected",
      score: "assessment_score",
      stage: "stage",
      protected: ["gender", "ethnicity"],
    };
    const sort = (c: { cells: { cells: readonly unknown[] } }) =>
      c.cells.cells.map((x) => JSON.stringify(x)).sort();
    const fromCsv = await readDecisionFile(csv, columns);
    const fromParquet = await readDecisionFile(parquet, columns);
    const fromJson = await readDecisionFile(jsonl, columns);
    expect(fromParquet.input.format).toBe("parquet");
    expect(fromJson.input.format).toBe("jsonl");
    expect(sort(fromParquet)).toEqual(sort(fromCsv));
    expect(sort(fromJson)).toEqual(sort(fromCsv));
  });
});

describe("bad input is refused with the file, line or column named", () => {
  it("a missing file", async () => {
    const e = await failure(readDecisionFile(fixture("nope.csv"), basic));
    expect(e.code).toBe("file-not-found");
  });
  it("an empty file", async () => {
    expect((await failure(readDecisionFile(fixture("empty.csv"), basic))).code).toBe("file-empty");
  });
  it("a header without rows", async () => {
    expect((await failure(readDecisionFile(fixture("header-only.csv"), basic))).code).toBe("no-data-rows");
  });
  it("a ragged row, with its line and field counts", async () => {
    const e = await failure(readDecisionFile(fixture("ragged.csv"), basic));
    expect(e.code).toBe("ragged-row");
    expect(e.details).toMatchObject({ line: 4, expected: 3, found: 4 });
  });
  it("a misspelled column, with a suggestion", async () => {
    const e = await failure(
      readDecisionFile(fixture("ragged.csv"), { outcome: "selected", protected: ["Gendr"] }),
    );
    expect(e.code).toBe("missing-column");
    expect(e.details.column).toBe("Gendr");
    expect(e.details.suggestion).toBe("gender");
  });
  it("an outcome value that is not yes/no, with its line", async () => {
    const e = await failure(readDecisionFile(fixture("bad-outcome.csv"), basic));
    expect(e.code).toBe("invalid-outcome");
    expect(e.details).toMatchObject({ line: 4, column: "selected", value: "misschien" });
  });
  // Pinned bug: DuckDB numbers rows, not lines; blank lines and quoted line breaks shifted the line named.
  it("names the right line after blank lines and a quoted line break", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aware-lines-"));
    const path = join(dir, "lines.csv");
    writeFileSync(path, 'gender,note,selected\na,"two\nlines",1\n\nb,x,0\n\na,x,maybe\n');
    const e = await failure(readDecisionFile(path, basic));
    expect(e.details).toMatchObject({ line: 7, value: "maybe" });
  });
  it("a score with a thousands separator, with its line", async () => {
    const e = await failure(readDecisionFile(fixture("bad-score.csv"), { ...basic, score: "score" }));
    expect(e.code).toBe("invalid-score");
    expect(e.details).toMatchObject({ line: 3, value: "1.234,5" });
  });
  it("a date in another format, with its line", async () => {
    const e = await failure(readDecisionFile(fixture("bad-date.csv"), { ...basic, date: "date" }));
    expect(e.code).toBe("invalid-date");
    expect(e.details).toMatchObject({ line: 3, value: "02/01/2025" });
  });
  it("a duplicated header", async () => {
    expect((await failure(readDecisionFile(fixture("duplicate-header.csv"), basic))).code).toBe(
      "duplicate-column",
    );
  });
  it("an unsupported file type", async () => {
    expect((await failure(readDecisionFile(fixture("README.md"), basic))).code).toBe("unsupported-format");
  });
  it("an identifier chosen as a protected attribute", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aware-id-"));
    const path = join(dir, "ids.csv");
    writeFileSync(
      path,
      `id,selected\n${Array.from({ length: 3000 }, (_, i) => `P${i},${i % 2}`).join("\n")}\n`,
    );
    const e = await failure(readDecisionFile(path, { outcome: "selected", protected: ["id"] }));
    expect(e.code).toBe("likely-identifier");
    expect(e.details).toMatchObject({ column: "id", distinct: 3000, rows: 3000 });
  });
});
