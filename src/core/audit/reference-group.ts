import type { AuditWarning } from "./audit-report.ts";
import type { GroupTally } from "./group-tally.ts";

export type ReferenceChoice =
  | { readonly rule: "named" | "most-selected"; readonly group: GroupTally }
  | { readonly rule: "none"; readonly reason: string };

/**
 * The reference group of a grouping: the one the user named (when every attribute of the grouping has
 * a named value and that group is eligible), else the most-selected eligible group (LL144 § 5-300,
 * UGESP 1607.4(D)); ties go to the larger group, then to key order. Suppressed and excluded groups are
 * never eligible, so a small group can never become the yardstick.
 */
export function chooseReference(
  attributes: readonly string[],
  eligible: readonly GroupTally[],
  all: readonly GroupTally[],
  named: Readonly<Record<string, string>>,
  warnings: AuditWarning[],
): ReferenceChoice {
  const grouping = attributes.join(" × ");
  if (attributes.every((a) => named[a] !== undefined)) {
    const wanted = attributes.map((a) => named[a] as string);
    const label = wanted.join(" × ");
    const match = (g: GroupTally) => g.values.every((v, i) => v === wanted[i]);
    const found = eligible.find(match);
    if (found) return { rule: "named", group: found };
    warnings.push({
      code: all.some(match) ? "reference-not-eligible" : "reference-not-found",
      params: { grouping, reference: label },
    });
  }
  let best: GroupTally | undefined;
  for (const g of eligible) {
    if (g.counts.n === 0) continue;
    if (!best) {
      best = g;
      continue;
    }
    // Compare rates without division: a/b > c/d ⇔ a·d > c·b.
    const lhs = g.counts.selected * best.counts.n;
    const rhs = best.counts.selected * g.counts.n;
    if (lhs > rhs || (lhs === rhs && g.counts.n > best.counts.n)) best = g;
  }
  if (!best) return { rule: "none", reason: "no group is large enough to serve as the reference" };
  return { rule: "most-selected", group: best };
}
