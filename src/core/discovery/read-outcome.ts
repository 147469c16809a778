import { DiscoveryError } from "./discovery-error.ts";
import type { CellValue, DiscoveryTable } from "./discovery-table.ts";
import { categoryOf, isMissing, parseNumber } from "./feature-kind.ts";

/**
 * The outcome of every row as a number: 1/0 for a decision (yes/no in the spellings below) or an error
 * (prediction ≠ label), the score itself for a score; NaN where it is missing (the row is left out).
 * A value that is not a yes/no or not a number is an error naming its row (1-based) and column.
 */
const YES = new Set(["1", "true", "yes", "ja", "y", "j"]);
const NO = new Set(["0", "false", "no", "nee", "n"]);

/** 1, 0, or null for a value that is not a yes/no. */
function yesNo(value: CellValue): 1 | 0 | null {
  if (value === true) return 1;
  if (value === false) return 0;
  const s = String(value).trim().toLowerCase();
  if (YES.has(s)) return 1;
  if (NO.has(s)) return 0;
  const x = parseNumber(value);
  return x === 1 ? 1 : x === 0 ? 0 : null;
}

export function readOutcome(table: DiscoveryTable): Float64Array {
  const { rows, outcome } = table;
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (outcome.kind === "error") {
      const p = row[outcome.prediction];
      const l = row[outcome.label];
      if (isMissing(p) || isMissing(l)) {
        values[i] = Number.NaN;
        continue;
      }
      // Yes/no on both sides compares as yes/no ("1" = "yes"), numbers as numbers, anything else as text.
      const [pb, lb] = [yesNo(p), yesNo(l)];
      const [pn, ln] = [parseNumber(p), parseNumber(l)];
      const same =
        pb !== null && lb !== null
          ? pb === lb
          : pn !== null && ln !== null
            ? pn === ln
            : categoryOf(p) === categoryOf(l);
      values[i] = same ? 0 : 1;
      continue;
    }
    const v = row[outcome.column];
    if (isMissing(v)) {
      values[i] = Number.NaN;
      continue;
    }
    if (outcome.kind === "decision") {
      const d = yesNo(v);
      if (d === null) {
        throw new DiscoveryError(
          "invalid-outcome",
          { column: outcome.column, row: i + 1, value: String(v) },
          `row ${i + 1}: the outcome column ${outcome.column} holds "${String(v)}", which is not a yes/no decision (1/0, true/false, yes/no, ja/nee)`,
        );
      }
      values[i] = d;
    } else {
      const x = parseNumber(v);
      if (x === null) {
        throw new DiscoveryError(
          "invalid-score",
          { column: outcome.column, row: i + 1, value: String(v) },
          `row ${i + 1}: the score column ${outcome.column} holds "${String(v)}", which is not a number`,
        );
      }
      values[i] = x;
    }
  }
  return values;
}
