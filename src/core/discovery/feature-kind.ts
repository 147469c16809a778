import type { CellValue, FeatureKind } from "./discovery-table.ts";

/** null, undefined, NaN and blank text (after trimming) are missing. */
export const isMissing = (value: CellValue): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === "number" && Number.isNaN(value)) ||
  (typeof value === "string" && value.trim() === "");

// A plain decimal number, with a point or a Dutch decimal comma, optional sign and exponent.
// No thousands separators: "1.234" is one point two three four, as in the CSV files Aware reads.
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * The number a cell holds, accepting a Dutch decimal comma ("12,5" is 12.5); null when the cell is
 * missing or is not a number. Booleans are not numbers here.
 */
export function parseNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (!NUMBER.test(s)) return null;
  const x = Number(s.replace(",", "."));
  return Number.isFinite(x) ? x : null;
}

/** Text of a categorical cell: trimmed; booleans as "true"/"false"; numbers as JavaScript writes them. */
export const categoryOf = (value: CellValue): string => String(value).trim();

/**
 * A first guess of a feature's kind: numeric when every non-missing value is a number (a Dutch decimal
 * comma accepted), otherwise categorical. A column with no values at all is called categorical (it is
 * left out anyway, with a note). Codes that look like numbers but are categories (postcode areas,
 * job codes) must be declared categorical by the caller.
 */
export function detectFeatureKind(values: Iterable<CellValue>): FeatureKind {
  let seen = false;
  for (const v of values) {
    if (isMissing(v)) continue;
    if (parseNumber(v) === null) return "categorical";
    seen = true;
  }
  return seen ? "numeric" : "categorical";
}
