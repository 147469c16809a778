import { DiscoveryError } from "./discovery-error.ts";
import type { DiscoveryTable } from "./discovery-table.ts";
import { outcomeColumns } from "./discovery-table.ts";
import { distinctValues, type PreparedFeature } from "./encode-feature.ts";

/** Every column named in any row (rows from a file all have the same keys; rows in memory may not). */
export function columnsOf(rows: DiscoveryTable["rows"]): Set<string> {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return columns;
}

/** The columns of each role exist, are named once, and play one role only. */
export function checkColumns(table: DiscoveryTable, columns: Set<string>, features: readonly string[]): void {
  const unknown = (column: string, role: string) => {
    if (!columns.has(column)) {
      throw new DiscoveryError(
        "unknown-column",
        { column },
        `the ${role} column ${column} is not in the table (columns: ${[...columns].join(", ")})`,
      );
    }
  };
  for (const c of outcomeColumns(table.outcome)) unknown(c, "outcome");
  for (const c of table.protected ?? []) unknown(c, "protected");
  if (table.id !== undefined) unknown(table.id, "id");
  for (const c of features) unknown(c, "feature");
  for (const c of features) {
    if (outcomeColumns(table.outcome).includes(c)) {
      throw new DiscoveryError(
        "outcome-as-feature",
        { column: c },
        `the outcome column ${c} cannot also be a feature`,
      );
    }
    if (table.protected?.includes(c)) {
      throw new DiscoveryError(
        "protected-as-feature",
        { column: c },
        `the protected attribute ${c} cannot be a feature: protected data is only used to validate the groups`,
      );
    }
    if (c === table.id)
      throw new DiscoveryError("id-as-feature", { column: c }, `the id column ${c} cannot be a feature`);
  }
  for (const list of [features, table.protected ?? []]) {
    const seen = new Set<string>();
    for (const c of list) {
      if (seen.has(c))
        throw new DiscoveryError("duplicate-column", { column: c }, `the column ${c} is named twice`);
      seen.add(c);
    }
  }
}

/**
 * An identifier passed as a feature is an error, not a note: every value is different, so a rule on it
 * describes single people (or, for a running number, the order in which they applied), never a group a
 * user could act on. The user should pass it as `id` instead. A numeric feature counts as an
 * identifier only when its values are the whole numbers min..max without gaps (a running number);
 * a measurement with all-distinct decimals (a test score) is a fine feature.
 */
export function assertNotIdentifier(feature: PreparedFeature, used: Int32Array, minRows: number): void {
  if (feature.missing > 0 || used.length < minRows) return;
  const distinct = distinctValues(feature, used, used.length);
  if (distinct.size < used.length) return;
  if (feature.kind === "numeric") {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of distinct) {
      if (!Number.isInteger(v)) return;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (max - min + 1 !== used.length) return;
  }
  throw new DiscoveryError(
    "identifier-as-feature",
    { column: feature.name, distinct: distinct.size, rows: used.length },
    `the feature ${feature.name} has a different value in each of the ${used.length} rows; it looks like an identifier, not a feature. Pass it as the id column instead`,
  );
}
