import type { DecisionCell } from "./decision-cells.ts";

/**
 * The order of the stages, first to last. Named by the user, or else inferred: a selection funnel
 * narrows, so the stage with the most rows comes first (ties by name, so the order is deterministic).
 */
export function resolveStageOrder(cells: readonly DecisionCell[], named: readonly string[] | null): string[] {
  const rows = new Map<string, number>();
  for (const c of cells) {
    if (c.stage === null) continue;
    rows.set(c.stage, (rows.get(c.stage) ?? 0) + c.n);
  }
  if (named) {
    const missing = [...rows.keys()].filter((s) => !named.includes(s));
    if (missing.length > 0) throw new RangeError(`audit: stageOrder misses stage ${missing[0]}`);
    return [...named];
  }
  return [...rows.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([s]) => s);
}
