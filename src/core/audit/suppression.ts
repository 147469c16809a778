/**
 * Privacy by aggregation (PRODUCT principle 4). A group with fewer than `minGroup` candidates is never
 * shown ("small"). Because totals are shown (the candidates of a grouping, the pooled rate), a single
 * hidden group could be recovered by subtraction; so in every line of figures whose total is derivable
 * (all groups of a grouping when its total is shown, and each slice of an intersection where all
 * attributes but one are fixed)
 * the hidden groups must be at least two and hold at least `minGroup` candidates together. Otherwise
 * the smallest shown group of that line is hidden too ("complementary"), until nothing changes. This is
 * the classic primary/secondary cell suppression of statistical agencies, applied conservatively.
 */

export type SuppressionReason = "small" | "complementary";

export interface SuppressionTable {
  readonly attributes: readonly string[];
  readonly groups: readonly { readonly values: readonly string[]; readonly n: number }[];
}

/** For each table (by index), the suppressed groups by their values joined with U+0000. */
export function suppressSmallGroups(
  tables: readonly SuppressionTable[],
  minGroup: number,
  options: { readonly totalsShown?: boolean } = {},
): Map<string, SuppressionReason>[] {
  const result = tables.map((t) => {
    const m = new Map<string, SuppressionReason>();
    for (const g of t.groups) if (g.n < minGroup) m.set(groupId(g.values), "small");
    return m;
  });
  const lines = tables.flatMap((t, i) =>
    linesOf(t, options.totalsShown ?? true).map((groups) => ({ table: i, groups })),
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hidden = result[line.table] as Map<string, SuppressionReason>;
      const suppressed = line.groups.filter((g) => hidden.has(groupId(g.values)));
      if (suppressed.length === 0) continue;
      const hiddenN = suppressed.reduce((s, g) => s + g.n, 0);
      if (suppressed.length >= 2 && hiddenN >= minGroup) continue;
      const shown = line.groups.filter((g) => !hidden.has(groupId(g.values)));
      const smallest = [...shown].sort((a, b) => a.n - b.n)[0];
      if (!smallest) continue;
      hidden.set(groupId(smallest.values), "complementary");
      changed = true;
    }
  }
  return result;
}

export const groupId = (values: readonly string[]): string => values.join("\u0000");

/**
 * The lines of a table whose totals a reader can derive: every one-free slice of an intersection (its
 * total is a group of the coarser grouping), and the whole table when its total is shown (the
 * candidates of a grouping are; the rows of one stage are not).
 */
function linesOf(table: SuppressionTable, totalsShown: boolean): SuppressionTable["groups"][] {
  const lines: SuppressionTable["groups"][] = totalsShown ? [table.groups] : [];
  const k = table.attributes.length;
  if (k < 2) return lines;
  for (let free = 0; free < k; free++) {
    const slices = new Map<string, SuppressionTable["groups"][number][]>();
    for (const g of table.groups) {
      const fixed = g.values.filter((_, i) => i !== free).join("\u0000");
      const slice = slices.get(fixed);
      if (slice) slice.push(g);
      else slices.set(fixed, [g]);
    }
    lines.push(...slices.values());
  }
  return lines;
}
