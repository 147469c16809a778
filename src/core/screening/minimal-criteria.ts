import type { Contribution } from "./screening-result.ts";

/** The score if the criteria in `full` were met in full: summed in vacancy order, like the score itself. */
export const scoreIfMet = (contributions: readonly Contribution[], full: ReadonlySet<string>): number =>
  contributions.reduce((s, c) => s + (full.has(c.criterionId) ? c.weight : c.points), 0);

/**
 * The fewest criteria whose full fulfilment lifts the score to `target`. Greedy by the largest gain
 * (weight × (1 − fulfilment)), ties in vacancy order: since gains add up independently, the k largest
 * gains are the largest total any k criteria can give, so the first k that reaches the target is the
 * minimum. Ids in vacancy order; `reachable` false (and every criterion with a gain) when even all
 * fall short.
 */
export function minimalCriteria(
  contributions: readonly Contribution[],
  target: number,
): { ids: string[]; reachable: boolean } {
  const chosen = new Set<string>();
  const byGain = contributions
    .map((c, i) => ({ c, i, gain: c.weight - c.points }))
    .filter((x) => x.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.i - b.i);
  const inOrder = () => contributions.map((c) => c.criterionId).filter((id) => chosen.has(id));
  if (scoreIfMet(contributions, chosen) >= target) return { ids: [], reachable: true };
  for (const { c } of byGain) {
    chosen.add(c.criterionId);
    if (scoreIfMet(contributions, chosen) >= target) return { ids: inOrder(), reachable: true };
  }
  return { ids: inOrder(), reachable: false };
}
