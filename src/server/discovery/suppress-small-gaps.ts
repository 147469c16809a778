import type { ProxyCheckResult } from "../../core/discovery/proxy-check.ts";

/**
 * The proxy check lists every group of a protected attribute with its size and outcome rate, however
 * small (core/discovery/attribute-gap.ts); its comparisons already leave out groups below the minimum
 * size. Before a report leaves the server, groups below the minimum group size are taken out of that
 * list, and when what is hidden adds up to fewer than minGroup people, the smallest other groups are
 * hidden as well (never the two compared ones), so a hidden count cannot be recovered from the total —
 * the audit's rule of complementary suppression (PRODUCT.md principle 4).
 */
export function suppressSmallGaps(proxies: ProxyCheckResult, minGroup: number): ProxyCheckResult {
  return {
    ...proxies,
    gaps: proxies.gaps.map((gap) => {
      const hidden = new Set(gap.groups.filter((g) => g.n < minGroup).map((g) => g.value));
      const hiddenSum = () => gap.groups.reduce((s, g) => s + (hidden.has(g.value) ? g.n : 0), 0);
      while (hiddenSum() > 0 && hiddenSum() < minGroup) {
        const next = gap.groups
          .filter((g) => !hidden.has(g.value) && g.value !== gap.lowest && g.value !== gap.highest)
          .sort((a, b) => a.n - b.n)[0];
        if (!next) break;
        hidden.add(next.value);
      }
      return hidden.size === 0 ? gap : { ...gap, groups: gap.groups.filter((g) => !hidden.has(g.value)) };
    }),
  };
}
