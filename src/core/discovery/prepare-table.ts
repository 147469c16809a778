import { assertNotIdentifier, checkColumns, columnsOf } from "./check-columns.ts";
import { DiscoveryError } from "./discovery-error.ts";
import { type DiscoveryNote, note } from "./discovery-note.ts";
import {
  type DiscoveryTable,
  type FeatureKind,
  type OutcomeSpec,
  outcomeColumns,
} from "./discovery-table.ts";
import {
  type CategoricalFeature,
  distinctValues,
  encodeCategorical,
  encodeNumeric,
  type PreparedFeature,
  twoValued,
} from "./encode-feature.ts";
import { detectFeatureKind } from "./feature-kind.ts";
import { text } from "./localized-text.ts";
import { readOutcome } from "./read-outcome.ts";

export type { CategoricalFeature, NumericFeature, PreparedFeature } from "./encode-feature.ts";
/**
 * Checks a DiscoveryTable and encodes it column by column (typed arrays over all rows), once, for both
 * methods and the proxy check. Every value error names the column and the first bad row (1-based).
 */

/** Fewer rows cannot give a search half and a held-out half with groups of the minimum size. */
export const MIN_ROWS = 20;

export interface FeatureSummary {
  readonly name: string;
  readonly kind: FeatureKind;
  /** "used", or why the column was left out. */
  readonly status: "used" | "constant" | "all-missing";
  /** Rows (with an outcome) where the value is missing. */
  readonly missing: number;
}

export interface PreparedTable {
  readonly totalRows: number;
  /** Indices of the rows with an outcome, ascending: the rows the statistics use. */
  readonly used: Int32Array;
  /** The outcome per row of the table (1/0 for decisions and errors); NaN where it is missing. */
  readonly outcome: Float64Array;
  readonly outcomeSpec: OutcomeSpec;
  /** Decisions and errors are yes/no; scores are numbers. */
  readonly binary: boolean;
  readonly worse: "low" | "high";
  readonly features: readonly PreparedFeature[];
  readonly featureSummaries: readonly FeatureSummary[];
  readonly protected: readonly CategoricalFeature[];
  readonly id: string | null;
  readonly notes: readonly DiscoveryNote[];
}

export function prepareTable(table: DiscoveryTable): PreparedTable {
  const { rows } = table;
  if (table.worse !== "low" && table.worse !== "high")
    throw new RangeError(`invalid worse ${String(table.worse)}`);
  if (rows.length < MIN_ROWS) {
    throw new DiscoveryError(
      "too-few-rows",
      { rows: rows.length, required: MIN_ROWS },
      rows.length === 1
        ? `the table has a single row; the discovery needs at least ${MIN_ROWS}`
        : `the table has ${rows.length} rows; the discovery needs at least ${MIN_ROWS}`,
    );
  }
  const columns = columnsOf(rows);
  const excluded = new Set([
    ...outcomeColumns(table.outcome),
    ...(table.protected ?? []),
    ...(table.id ? [table.id] : []),
  ]);
  const requested = table.features ?? [...columns].filter((c) => !excluded.has(c));
  checkColumns(table, columns, requested);
  if (requested.length > rows.length) {
    throw new DiscoveryError(
      "more-features-than-rows",
      { features: requested.length, rows: rows.length },
      `${requested.length} features for ${rows.length} rows: there must be more rows than features`,
    );
  }

  const outcome = readOutcome(table);
  const usedList: number[] = [];
  for (let i = 0; i < rows.length; i++) if (!Number.isNaN(outcome[i]!)) usedList.push(i);
  const used = Int32Array.from(usedList);
  const notes: DiscoveryNote[] = [];
  const dropped = rows.length - used.length;
  if (dropped > 0) {
    notes.push(
      note(
        "missing-outcome",
        text(
          `${dropped} rows without an outcome were left out`,
          `${dropped} rijen zonder uitkomst zijn buiten beschouwing gelaten`,
        ),
        { count: dropped },
      ),
    );
  }
  if (used.length < MIN_ROWS) {
    throw new DiscoveryError(
      "too-few-rows",
      { rows: used.length, required: MIN_ROWS },
      `only ${used.length} rows have an outcome; the discovery needs at least ${MIN_ROWS}`,
    );
  }
  const first = outcome[used[0]!]!;
  if (used.every((i) => outcome[i] === first)) {
    notes.push(
      note(
        "constant-outcome",
        text(
          "The outcome is the same for every row, so no group can be worse off than the rest",
          "De uitkomst is voor iedere rij gelijk, dus geen groep kan slechter af zijn dan de rest",
        ),
      ),
    );
  }

  const features: PreparedFeature[] = [];
  const featureSummaries: FeatureSummary[] = [];
  for (const name of requested) {
    const declared = table.kinds?.[name];
    const kind = declared ?? detectFeatureKind(rows.map((r) => r[name]));
    let feature: PreparedFeature =
      kind === "numeric" ? encodeNumeric(name, rows, used) : encodeCategorical(name, rows, used);
    // A detected number with two values (0/1, 1/2) is a yes/no: "has_portfolio = 1" reads better than "≥ 1".
    if (feature.kind === "numeric" && declared === undefined && distinctValues(feature, used, 3).size === 2) {
      feature = twoValued(feature, used);
    }
    if (feature.missing === used.length) {
      featureSummaries.push({ name, kind: feature.kind, status: "all-missing", missing: feature.missing });
      notes.push(
        note(
          "all-missing-column",
          text(`${name} has no values and was left out`, `${name} heeft geen waarden en is weggelaten`),
          { column: name },
        ),
      );
      continue;
    }
    if (feature.missing === 0 && distinctValues(feature, used, 2).size < 2) {
      featureSummaries.push({ name, kind: feature.kind, status: "constant", missing: 0 });
      notes.push(
        note(
          "constant-column",
          text(
            `${name} has the same value in every row and was left out`,
            `${name} heeft in iedere rij dezelfde waarde en is weggelaten`,
          ),
          { column: name },
        ),
      );
      continue;
    }
    assertNotIdentifier(feature, used, MIN_ROWS);
    features.push(feature);
    featureSummaries.push({ name, kind: feature.kind, status: "used", missing: feature.missing });
  }
  if (features.length === 0) {
    throw new DiscoveryError(
      "no-usable-features",
      { features: requested.length },
      requested.length === 0
        ? "there are no feature columns to search"
        : `none of the ${requested.length} features varies (${requested.join(", ")}): there is nothing to search`,
    );
  }
  const protectedAttributes = (table.protected ?? []).map((name) => encodeCategorical(name, rows, used));
  for (const p of protectedAttributes) {
    if (p.missing > 0) {
      notes.push(
        note(
          "missing-protected",
          text(
            `${p.missing} rows have no value for ${p.name}; they count as "missing" in the composition`,
            `${p.missing} rijen hebben geen waarde voor ${p.name}; zij tellen als "ontbreekt" in de samenstelling`,
          ),
          { column: p.name, count: p.missing },
        ),
      );
    }
  }
  return {
    totalRows: rows.length,
    used,
    outcome,
    outcomeSpec: table.outcome,
    binary: table.outcome.kind !== "score",
    worse: table.worse,
    features,
    featureSummaries,
    protected: protectedAttributes,
    id: table.id ?? null,
    notes,
  };
}
