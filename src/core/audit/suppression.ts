/**
 * Privacy by aggregation (PRODUCT principle 4). A group with fewer than `minGroup` candidates is never
 * shown ("small"). Totals are shown too, so a hidden group must not be recoverable by subtraction. Every
 * additive relation a reader can see is checked:
 *  - a grouping's total (its candidates are shown) is the sum of its groups;
 *  - a group of a coarser grouping (gender = F) is the sum of the slice of an intersection that fixes
 *    the same values (F × every ethnicity), unknowns aside; when that coarser grouping is not in the
 *    report the slice's sum is still treated as known, to be safe.
 * In every relation the hidden members must be none, or at least two holding at least `minGroup`
 * candidates together; otherwise the smallest shown part of the relation is hidden as well
 * ("complementary"), and the search repeats over all tables until nothing changes. This is the classic
 * primary and secondary cell suppression of statistical offices, applied conservatively.
 */

export type SuppressionReason = "small" | "complementary";

export interface SuppressionTable {
  readonly attributes: readonly string[];
  readonly groups: readonly { readonly values: readonly string[]; readonly n: number }[];
}

interface Member {
  readonly table: number;
  readonly id: string;
  readonly n: number;
}

interface Relation {
  /** The parts; a reader can add them up. */
  readonly parts: readonly Member[];
  /** The total, when it is itself a shown-or-hidden group of another table (undefined: a shown number). */
  readonly total?: Member;
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
  const relations = relationsOf(tables, options.totalsShown ?? true);
  const isHidden = (m: Member) => (result[m.table] as Map<string, SuppressionReason>).has(m.id);
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const members = relation.total ? [...relation.parts, relation.total] : relation.parts;
      const hidden = members.filter(isHidden);
      if (hidden.length === 0) continue;
      const hiddenParts = relation.parts.filter(isHidden);
      const hiddenN = hiddenParts.reduce((sum, m) => sum + m.n, 0);
      if (hidden.length >= 2 && (hiddenN >= minGroup || hiddenParts.length === relation.parts.length))
        continue;
      // Hide the smallest shown part; the total only when every part is shown and it is hidden itself.
      const shownParts = relation.parts.filter((m) => !isHidden(m)).sort((a, b) => a.n - b.n);
      const next =
        shownParts[0] ?? (relation.total && !isHidden(relation.total) ? relation.total : undefined);
      if (!next) continue;
      (result[next.table] as Map<string, SuppressionReason>).set(next.id, "complementary");
      changed = true;
    }
  }
  return result;
}

export const groupId = (values: readonly string[]): string => values.join("\u0000");

function relationsOf(tables: readonly SuppressionTable[], totalsShown: boolean): Relation[] {
  const relations: Relation[] = [];
  const tableIndex = new Map(tables.map((t, i) => [t.attributes.join("\u0000"), i]));
  tables.forEach((table, index) => {
    const member = (g: SuppressionTable["groups"][number]): Member => ({
      table: index,
      id: groupId(g.values),
      n: g.n,
    });
    if (totalsShown) relations.push({ parts: table.groups.map(member) });
    const k = table.attributes.length;
    if (k < 2) return;
    for (let free = 0; free < k; free++) {
      const coarser = tableIndex.get(table.attributes.filter((_, i) => i !== free).join("\u0000"));
      const slices = new Map<string, Member[]>();
      for (const g of table.groups) {
        const fixed = groupId(g.values.filter((_, i) => i !== free));
        slices.set(fixed, [...(slices.get(fixed) ?? []), member(g)]);
      }
      for (const [fixed, parts] of slices) {
        const total =
          coarser === undefined
            ? undefined
            : tables[coarser]?.groups.find((g) => groupId(g.values) === fixed);
        relations.push(
          total && coarser !== undefined
            ? { parts, total: { table: coarser, id: fixed, n: total.n } }
            : { parts },
        );
      }
    }
  });
  return relations;
}
