/**
 * Ranks by score, highest first; equal scores share a rank and the next rank skips (1, 2, 2, 4), so
 * a reviewer sees a tie as a tie. Within a rank the order is the given order (stable).
 */
export function rankByScore<T extends { readonly score: number }>(
  items: readonly T[],
): { item: T; rank: number }[] {
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.score - a.item.score || a.index - b.index);
  const ranked: { item: T; rank: number }[] = [];
  sorted.forEach(({ item }, i) => {
    const previous = ranked[i - 1];
    const rank = previous && sameScore(previous.item.score, item.score) ? previous.rank : i + 1;
    ranked.push({ item, rank });
  });
  return ranked;
}

/** Scores are sums of weight × fulfilment: compare with a tolerance for floating-point sums. */
export const sameScore = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
