import type { DecisionRow } from "../src/core/audit/cells-from-rows.ts";

/** Rows of one group: `selected` of `n` candidates selected, with the given attribute values. */
export function groupRows(
  attributes: Record<string, string | null>,
  n: number,
  selected: number,
  extra: Partial<DecisionRow> = {},
): DecisionRow[] {
  return Array.from({ length: n }, (_, i) => ({ attributes, selected: i < selected, ...extra }));
}

/** Rows from parallel arrays, as the peer toolkits' test vectors are written. */
export function rowsFromArrays(columns: {
  readonly selected: readonly (0 | 1)[];
  readonly label?: readonly (0 | 1)[];
  readonly attributes: Readonly<Record<string, readonly string[]>>;
}): DecisionRow[] {
  return columns.selected.map((s, i) => ({
    selected: s === 1,
    ...(columns.label ? { label: columns.label[i] === 1 } : {}),
    attributes: Object.fromEntries(Object.entries(columns.attributes).map(([k, v]) => [k, v[i] ?? null])),
  }));
}
