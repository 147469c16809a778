import { chiSquareTest } from "../stats/chi-square-test.ts";
import type { Undefined } from "../stats/result.ts";
import type { Composition, CompositionCell, GroupTest, ProfileLine } from "./discovery-result.ts";
import { formatShare, inBoth } from "./localized-text.ts";
import type { CategoricalFeature } from "./prepare-table.ts";

/**
 * The validation that HBAC's authors recommend where protected data exists: how each reported group is
 * made up by a protected attribute, against the rest, in the held-out half. Protected attributes never
 * take part in the search. Counts from 1 to minGroup − 1 are suppressed; then, because the side's
 * total is known, more cells are hidden, smallest first (zeros too), until what is hidden adds up to 0
 * or to at least minGroup, so no hidden count can be recovered by subtracting the shown ones.
 */
function suppress(counts: readonly number[], minGroup: number): boolean[] {
  const hidden = counts.map((c) => c > 0 && c < minGroup);
  const hiddenSum = () => counts.reduce((sum, c, k) => sum + (hidden[k] ? c : 0), 0);
  while (hiddenSum() > 0 && hiddenSum() < minGroup) {
    let smallest = -1;
    for (const [k, c] of counts.entries()) {
      if (hidden[k]) continue;
      if (smallest === -1 || c < counts[smallest]!) smallest = k;
    }
    if (smallest < 0) break;
    hidden[smallest] = true;
  }
  return hidden;
}

export function composition(
  attribute: CategoricalFeature,
  inGroup: (row: number) => boolean,
  rows: Int32Array,
  minGroup: number,
): Composition {
  const levels = attribute.levels.length;
  const g = new Array<number>(levels + 1).fill(0);
  const r = new Array<number>(levels + 1).fill(0);
  for (const i of rows) {
    const c = attribute.codes[i]!;
    const code = c === -1 ? levels : c;
    if (inGroup(i)) g[code]!++;
    else r[code]!++;
  }
  const nG = g.reduce((a, b) => a + b, 0);
  const nR = r.reduce((a, b) => a + b, 0);
  const hideG = suppress(g, minGroup);
  const hideR = suppress(r, minGroup);
  const cells: CompositionCell[] = [];
  for (let code = 0; code <= levels; code++) {
    if (g[code] === 0 && r[code] === 0) continue;
    cells.push({
      value: code === levels ? "missing" : attribute.levels[code]!,
      group: hideG[code] || nG === 0 ? null : { count: g[code]!, share: g[code]! / nG },
      rest: hideR[code] || nR === 0 ? null : { count: r[code]!, share: r[code]! / nR },
    });
  }
  const columns = [...g.keys()].filter((k) => g[k]! + r[k]! > 0);
  const chi = chiSquareTest([columns.map((k) => g[k]!), columns.map((k) => r[k]!)]);
  const test: GroupTest | Undefined =
    chi.status === "ok"
      ? { status: "ok", method: chi.method, statistic: chi.statistic, pValue: chi.pValue }
      : chi;
  return { attribute: attribute.name, cells, test };
}

/** The most over-represented value of the attribute in the group, in words. */
export function compositionLine(c: Composition): ProfileLine | null {
  let best: CompositionCell | null = null;
  for (const cell of c.cells) {
    if (!cell.group || !cell.rest) continue;
    if (!best || cell.group.share - cell.rest.share > best.group!.share - best.rest!.share) best = cell;
  }
  if (!best?.group || !best.rest) return null;
  const { group, rest, value } = best;
  return {
    kind: "composition",
    feature: c.attribute,
    text: inBoth((l) =>
      l === "nl"
        ? `Naar ${c.attribute}: ${value === "missing" ? "onbekend" : value} is ${formatShare(l, group.share)} van deze groep tegen ${formatShare(l, rest.share)} van de rest`
        : `By ${c.attribute}: ${value === "missing" ? "unknown" : value} is ${formatShare(l, group.share)} of this group against ${formatShare(l, rest.share)} of the rest`,
    ),
  };
}
