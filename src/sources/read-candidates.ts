import type { Candidate } from "../core/screening/vacancy.ts";
import { closestName } from "./closest-name.ts";
import { DecisionLogError } from "./decision-log-error.ts";
import { readRows } from "./read-rows.ts";

/**
 * Reads a candidates file (CSV/TSV or JSON lines; Parquet too) into candidates: an id column and every
 * other column as text, exactly as written. Screening needs each candidate, so rows do come into
 * JavaScript here; a hundred thousand candidates take a few hundred megabytes at most.
 */
export async function readCandidates(
  path: string,
  /** `idColumn: null`: the file has no id column; candidates are numbered by row ("1", "2", …). */
  options: { idColumn?: string | null } = {},
): Promise<Candidate[]> {
  const file = await readRows(path);
  const key =
    options.idColumn === null
      ? null
      : (options.idColumn ??
        ["id", "candidate", "candidate_id", "kandidaat"].find((c) => file.columns.includes(c)));
  if (options.idColumn !== null && (!key || !file.columns.includes(key))) {
    const wanted = options.idColumn ?? "id";
    const suggestion = closestName(wanted, file.columns);
    throw new DecisionLogError(
      "missing-column",
      {
        source: path,
        column: wanted,
        available: file.columns.join(", "),
        ...(suggestion ? { suggestion } : {}),
      },
      `${path}: no id column ${wanted}`,
    );
  }
  const seen = new Set<string>();
  return file.rows.map((row, i) => {
    const id = key === null || key === undefined ? String(i + 1) : String(row[key] ?? "").trim();
    if (key !== null && key !== undefined && (id === "" || seen.has(id))) {
      throw new DecisionLogError(
        id === "" ? "missing-value" : "duplicate-id",
        { source: path, column: key, row: i + 1, ...(id ? { value: id } : {}) },
        `${path}: row ${i + 1}: ${id === "" ? "empty" : "repeated"} id`,
      );
    }
    seen.add(id);
    const fields: Record<string, string | null> = {};
    for (const c of file.columns) if (c !== key) fields[c] = row[c] ?? null;
    return { id, fields };
  });
}
