/**
 * Quantile bins of a numeric feature, computed on the search half only. Subgroup conditions are
 * "≤ x" and "≥ x" on the bin edges, so equal-frequency bins give every threshold the same resolution
 * in people, not in units. A feature with few distinct values gets one bin per value (so "hours ≤ 24"
 * is exact). Ties never straddle an edge: a bin is [cut_{j−1}, cut_j).
 */
export interface NumericBins {
  /** Ascending; bin j holds the values x with cuts[j−1] ≤ x < cuts[j]. */
  readonly cuts: readonly number[];
  /** Smallest and largest search value in each bin. */
  readonly min: readonly number[];
  readonly max: readonly number[];
}

/**
 * `sorted`: the finite values of the search rows, ascending (at least one). A value that alone holds
 * at least 1/maxBins of the rows (e.g. the 60% with no career gap at all) gets a bin of its own, and
 * the other bins are spread by quantile over the remaining values, so a mass point does not eat the
 * resolution of the rest ("gap ≥ 12" stays reachable when most gaps are 0).
 */
export function quantileBins(sorted: Float64Array, maxBins: number): NumericBins {
  const n = sorted.length;
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      distinct.push(sorted[i]!);
      counts.push(0);
    }
    counts[counts.length - 1]!++;
  }
  const cutSet = new Set<number>();
  if (distinct.length <= maxBins) for (const v of distinct.slice(1)) cutSet.add(v);
  else {
    const heavy = new Set<number>();
    for (const [k, c] of counts.entries()) {
      if (c * maxBins >= n) {
        heavy.add(k);
        cutSet.add(distinct[k]!);
        if (k + 1 < distinct.length) cutSet.add(distinct[k + 1]!);
      }
    }
    const light: number[] = [];
    for (const [k, v] of distinct.entries())
      if (!heavy.has(k)) for (let c = 0; c < counts[k]!; c++) light.push(v);
    const bins = Math.max(1, maxBins - heavy.size);
    for (let j = 1; j < bins && light.length > 0; j++)
      cutSet.add(light[Math.floor((j * light.length) / bins)]!);
  }
  const cuts = [...cutSet].filter((c) => c > sorted[0]!).sort((a, b) => a - b);
  const min = new Array<number>(cuts.length + 1).fill(Number.POSITIVE_INFINITY);
  const max = new Array<number>(cuts.length + 1).fill(Number.NEGATIVE_INFINITY);
  let bin = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i]!;
    while (bin < cuts.length && x >= cuts[bin]!) bin++;
    if (x < min[bin]!) min[bin] = x;
    if (x > max[bin]!) max[bin] = x;
  }
  return { cuts, min, max };
}

/** The bin of x: the number of cuts ≤ x (binary search). */
export function binOf(bins: NumericBins, x: number): number {
  let lo = 0;
  let hi = bins.cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bins.cuts[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** k·10^p as the nearest double to the decimal, without the error of k·0.1. */
const scaled = (k: number, p: number): number => (p >= 0 ? k * 10 ** p : k / 10 ** -p);

/**
 * The roundest number t in an interval between two data values, nearest to `prefer` among equally
 * round ones: every t in the interval splits the search rows identically, so the rule can say
 * "≤ 24" instead of "≤ 23.7". `closed` says which end belongs to the interval: "low" for [low, high)
 * (a "≤ t" threshold above the largest value of a bin), "high" for (low, high] (a "≥ t" threshold).
 */
export function roundThreshold(low: number, high: number, closed: "low" | "high", prefer: number): number {
  const inside = (t: number) => (closed === "low" ? t >= low && t < high : t > low && t <= high);
  const magnitude = Math.max(Math.abs(low), Math.abs(high), 1e-12);
  for (let p = Math.floor(Math.log10(magnitude)) + 1; p >= -12; p--) {
    const step = 10 ** p;
    const first = Math.ceil(low / step);
    const last = Math.floor(high / step);
    let best: number | null = null;
    for (let k = first; k <= last && k - first < 20; k++) {
      const t = scaled(k, p);
      if (inside(t) && (best === null || Math.abs(t - prefer) < Math.abs(best - prefer))) best = t;
    }
    if (best !== null) return best;
  }
  return prefer;
}
