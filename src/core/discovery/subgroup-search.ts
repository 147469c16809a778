import type { ConditionSpace, SpaceCondition } from "./condition-space.ts";

/**
 * Beam search over conjunctions of simple conditions (after the beam searches of subgroup discovery:
 * Klösgen's EXPLORA, SD-Map, pysubgroup; SliceFinder's lattice search, Chung et al. 2019), scored by how
 * much worse the outcome is inside the group than in the rest, weighted by size:
 *
 *   quality = (s·(1 − s))^a · d,   s = share of the search rows in the group,
 *   d = mean(outcome in group) − mean(outcome in the rest), sign-flipped so that worse is positive.
 *
 * With a = ½ the quality is proportional to the two-sample z statistic of the difference (for equal
 * variances), so a large group with a small gap and a small group with a large gap are traded off as a
 * test would: this is the size weighting of Klösgen's quality functions, with the s(1 − s) of WRAcc
 * (Lavrač et al. 2004) so a group is compared with its complement rather than with everyone. With a = 1
 * the measure is WRAcc up to a constant, which favours larger, vaguer groups.
 *
 * Level 1 scores every condition; each next level extends the beam's groups by one condition on
 * another feature (or the other side of a range on the same numeric feature). Counting works on codes:
 * one pass over a group's rows fills a histogram per feature, and every threshold of a feature is a
 * prefix sum of it, so scoring all extensions costs O(rows in the group × features).
 *
 * The beam keeps the best version of each "shape" (the same features with the same directions, or the
 * same categories), so it is not filled with near-copies of one rule at neighbouring thresholds; each
 * beam entry's thresholds are then re-tuned given its other conditions (coordinate ascent), so a
 * threshold chosen when the condition stood alone does not stay fixed in a conjunction.
 *
 * Rows carry weights: 1 for the search half, bootstrap multiplicities for a resample.
 */
export interface SearchData {
  /** Outcome of each search row. */
  readonly y: Float64Array;
  /** Weight of each search row; null means 1 for every row. */
  readonly weights: Float64Array | null;
}

export interface SearchSettings {
  /** Minimum (weighted) number of search rows in a group. */
  readonly minCount: number;
  readonly maxDepth: number;
  readonly beamWidth: number;
  /** The exponent a of s(1 − s). */
  readonly sizeExponent: number;
  /** +1 when a high outcome is worse, −1 when a low one is. */
  readonly sign: 1 | -1;
}

export interface Candidate {
  /** Condition ids, ascending. */
  readonly ids: readonly number[];
  readonly count: number;
  readonly sum: number;
  readonly quality: number;
}

/** Weighted count, outcome sum and sum of squares of a set of rows. */
export interface Moments {
  count: number;
  sum: number;
  squares: number;
}

export const candidateKey = (ids: readonly number[]): string => ids.join(",");

/** How many candidates of each level are kept for the final selection. */
const POOL_PER_LEVEL = 400;
const REFINE_ROUNDS = 6;

/**
 * A rule compiled for the inner loops: per condition the codes of its feature and the interval of
 * codes it accepts, [lo, hi], minus one code for "≠" (−1 when none).
 */
interface Compiled {
  readonly codes: readonly Uint16Array[];
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly not: Int32Array;
}

const emptyMoments = (): Moments => ({ count: 0, sum: 0, squares: 0 });

export class SubgroupSearch {
  readonly total: number;
  readonly totalSum: number;
  private readonly m: number;
  private readonly hist: Float64Array;
  private readonly histSum: Float64Array;
  /** Per feature, the condition id of "≤ bin j" and "≥ bin j" (−1 where none). */
  private readonly leIds: Int32Array[];
  private readonly geIds: Int32Array[];

  constructor(
    readonly space: ConditionSpace,
    readonly data: SearchData,
    readonly settings: SearchSettings,
  ) {
    this.m = data.y.length;
    let total = 0;
    let totalSum = 0;
    for (let k = 0; k < this.m; k++) {
      const w = data.weights ? data.weights[k]! : 1;
      total += w;
      totalSum += w * data.y[k]!;
    }
    this.total = total;
    this.totalSum = totalSum;
    this.hist = new Float64Array(space.histogramSize);
    this.histSum = new Float64Array(space.histogramSize);
    this.leIds = space.features.map((f) => new Int32Array(f.valueCodes + 1).fill(-1));
    this.geIds = space.features.map((f) => new Int32Array(f.valueCodes + 1).fill(-1));
    for (const c of space.conditions) {
      if (c.op === "le") this.leIds[c.feature]![c.code] = c.id;
      if (c.op === "ge") this.geIds[c.feature]![c.code] = c.id;
    }
  }

  quality(count: number, sum: number): number {
    const rest = this.total - count;
    if (count < this.settings.minCount || rest <= 0) return Number.NEGATIVE_INFINITY;
    const s = count / this.total;
    const d = this.settings.sign * (sum / count - (this.totalSum - sum) / rest);
    return (s * (1 - s)) ** this.settings.sizeExponent * d;
  }

  compile(ids: readonly number[]): Compiled {
    const n = ids.length;
    const compiled = {
      codes: [] as Uint16Array[],
      lo: new Int32Array(n),
      hi: new Int32Array(n),
      not: new Int32Array(n),
    };
    for (const [i, id] of ids.entries()) {
      const c = this.space.conditions[id]!;
      const f = this.space.features[c.feature]!;
      compiled.codes.push(f.codes);
      const last = f.valueCodes - 1;
      const [lo, hi, not] =
        c.op === "le"
          ? [0, c.code, -1]
          : c.op === "ge"
            ? [c.code, last, -1]
            : c.op === "ne"
              ? [0, last, c.code]
              : [c.code, c.code, -1];
      compiled.lo[i] = lo;
      compiled.hi[i] = hi;
      compiled.not[i] = not;
    }
    return compiled;
  }

  /** −1 when row k meets every condition, the index of the one condition it fails, or −2 for more. */
  private static failing(r: Compiled, k: number): number {
    let failed = -1;
    for (let i = 0; i < r.lo.length; i++) {
      const code = r.codes[i]![k]!;
      if (code < r.lo[i]! || code > r.hi[i]! || code === r.not[i]) {
        if (failed !== -1) return -2;
        failed = i;
      }
    }
    return failed;
  }

  /** Rows (with weight > 0) meeting every condition, optionally among the given rows only. */
  members(ids: readonly number[], within?: Int32Array): Int32Array {
    const r = this.compile(ids);
    const weights = this.data.weights;
    const n = within ? within.length : this.m;
    const out = new Int32Array(n);
    let size = 0;
    for (let t = 0; t < n; t++) {
      const k = within ? within[t]! : t;
      if (weights && weights[k] === 0) continue;
      if (SubgroupSearch.failing(r, k) === -1) out[size++] = k;
    }
    return out.slice(0, size);
  }

  /** Membership of every search row (1 = member), whatever its weight: a rule's members do not depend on a resample. */
  memberMask(ids: readonly number[]): { mask: Uint8Array; size: number } {
    const r = this.compile(ids);
    const mask = new Uint8Array(this.m);
    let size = 0;
    for (let k = 0; k < this.m; k++) {
      if (SubgroupSearch.failing(r, k) === -1) {
        mask[k] = 1;
        size++;
      }
    }
    return { mask, size };
  }

  /**
   * In one pass: the moments of the rule, and for each of its conditions the moments of the rule
   * without that condition.
   */
  leaveOneOut(ids: readonly number[]): { kept: Moments; without: Moments[] } {
    const r = this.compile(ids);
    const kept = emptyMoments();
    const without = ids.map(emptyMoments);
    const { y, weights } = this.data;
    for (let k = 0; k < this.m; k++) {
      const w = weights ? weights[k]! : 1;
      if (w === 0) continue;
      const f = SubgroupSearch.failing(r, k);
      if (f === -2) continue;
      const v = y[k]!;
      if (f === -1) {
        kept.count += w;
        kept.sum += w * v;
        kept.squares += w * v * v;
        for (const m of without) {
          m.count += w;
          m.sum += w * v;
          m.squares += w * v * v;
        }
      } else {
        const m = without[f]!;
        m.count += w;
        m.sum += w * v;
        m.squares += w * v * v;
      }
    }
    return { kept, without };
  }

  /** A candidate for any set of conditions, counted directly. */
  evaluate(ids: readonly number[]): Candidate {
    const sorted = [...ids].sort((a, b) => a - b);
    if (sorted.length === 0) return { ids: sorted, count: this.total, sum: this.totalSum, quality: 0 };
    const { kept } = this.leaveOneOut(sorted);
    return { ids: sorted, count: kept.count, sum: kept.sum, quality: this.quality(kept.count, kept.sum) };
  }

  /** Fills the per-feature histograms (weighted counts and outcome sums) over the given rows, or all. */
  private fillHistograms(rows: Int32Array | null): void {
    const { hist, histSum } = this;
    hist.fill(0);
    histSum.fill(0);
    const { y, weights } = this.data;
    const n = rows ? rows.length : this.m;
    for (const [j, f] of this.space.features.entries()) {
      const offset = this.space.offsets[j]!;
      const codes = f.codes;
      for (let t = 0; t < n; t++) {
        const k = rows ? rows[t]! : t;
        const w = weights ? weights[k]! : 1;
        if (w === 0) continue;
        const at = offset + codes[k]!;
        hist[at]! += w;
        histSum[at]! += w * y[k]!;
      }
    }
  }

  /** Count and outcome sum of a condition from the current histograms. */
  private fromHistogram(c: SpaceCondition): [number, number] {
    const f = this.space.features[c.feature]!;
    const offset = this.space.offsets[c.feature]!;
    let from = 0;
    let to = 0;
    let minus = -1;
    switch (c.op) {
      case "le":
        [from, to] = [0, c.code];
        break;
      case "ge":
        [from, to] = [c.code, f.valueCodes - 1];
        break;
      case "eq":
      case "missing":
        [from, to] = [c.code, c.code];
        break;
      case "ne":
        [from, to, minus] = [0, f.valueCodes - 1, c.code];
        break;
    }
    let count = 0;
    let sum = 0;
    for (let code = from; code <= to; code++) {
      if (code === minus) continue;
      count += this.hist[offset + code]!;
      sum += this.histSum[offset + code]!;
    }
    return [count, sum];
  }

  /** Whether condition c may extend a group with these conditions (another feature, or the other side of a range). */
  private compatible(ids: readonly number[], c: SpaceCondition): boolean {
    let sameFeature: SpaceCondition | null = null;
    for (const id of ids) {
      const d = this.space.conditions[id]!;
      if (d.feature !== c.feature) continue;
      if (sameFeature) return false;
      sameFeature = d;
    }
    if (!sameFeature) return true;
    if (sameFeature.op === "ge" && c.op === "le") return c.code >= sameFeature.code;
    if (sameFeature.op === "le" && c.op === "ge") return c.code <= sameFeature.code;
    return false;
  }

  /** The shape of a rule: its features and directions (numeric) or its categories. */
  private shape(ids: readonly number[]): string {
    return ids
      .map((id) => {
        const c = this.space.conditions[id]!;
        return c.op === "le" || c.op === "ge" ? `${c.feature}${c.op}` : `${c.feature}${c.op}${c.code}`;
      })
      .join("|");
  }

  /**
   * Coordinate ascent on the thresholds. Each round counts, in one pass, for every "≤"/"≥" condition
   * the rows meeting all the other conditions by code of that condition's feature; every other bin
   * edge in the same direction is then scored from those counts, and the single best move is made.
   * Stops when no move improves the quality (or after a few rounds).
   */
  refine(candidate: Candidate): Candidate {
    let current = candidate;
    for (let round = 0; round < REFINE_ROUNDS; round++) {
      const ids = current.ids;
      const movable = ids.map((id) => {
        const op = this.space.conditions[id]!.op;
        return op === "le" || op === "ge";
      });
      if (!movable.some(Boolean)) break;
      const r = this.compile(ids);
      const sizes = ids.map((id) => this.space.features[this.space.conditions[id]!.feature]!.valueCodes + 1);
      const counts = sizes.map((n) => new Float64Array(n));
      const sums = sizes.map((n) => new Float64Array(n));
      const { y, weights } = this.data;
      for (let k = 0; k < this.m; k++) {
        const w = weights ? weights[k]! : 1;
        if (w === 0) continue;
        const f = SubgroupSearch.failing(r, k);
        if (f === -2) continue;
        const v = y[k]!;
        if (f === -1) {
          for (let i = 0; i < ids.length; i++) {
            if (!movable[i]) continue;
            const code = r.codes[i]![k]!;
            counts[i]![code]! += w;
            sums[i]![code]! += w * v;
          }
        } else if (movable[f]) {
          const code = r.codes[f]![k]!;
          counts[f]![code]! += w;
          sums[f]![code]! += w * v;
        }
      }
      let best = current;
      for (let i = 0; i < ids.length; i++) {
        if (!movable[i]) continue;
        const c = this.space.conditions[ids[i]!]!;
        const valueCodes = this.space.features[c.feature]!.valueCodes;
        const others = ids.filter((_, x) => x !== i);
        const cnt = counts[i]!;
        const sm = sums[i]!;
        if (c.op === "le") {
          let count = 0;
          let sum = 0;
          for (let j = 0; j < valueCodes - 1; j++) {
            count += cnt[j]!;
            sum += sm[j]!;
            const quality = this.quality(count, sum);
            const id = this.leIds[c.feature]![j]!;
            if (quality > best.quality && id >= 0 && id !== c.id)
              best = { ids: sorted([...others, id]), count, sum, quality };
          }
        } else {
          let count = 0;
          let sum = 0;
          for (let j = valueCodes - 1; j >= 1; j--) {
            count += cnt[j]!;
            sum += sm[j]!;
            const quality = this.quality(count, sum);
            const id = this.geIds[c.feature]![j]!;
            if (quality > best.quality && id >= 0 && id !== c.id)
              best = { ids: sorted([...others, id]), count, sum, quality };
          }
        }
      }
      if (best === current) break;
      current = best;
    }
    return current;
  }

  /** Every candidate found with positive quality (the best few hundred of each level). */
  run(): Candidate[] {
    const { space, settings } = this;
    const pool: Candidate[] = [];
    const seen = new Set<string>();
    let beam: { candidate: Candidate; rows: Int32Array | null }[] = [
      { candidate: { ids: [], count: this.total, sum: this.totalSum, quality: 0 }, rows: null },
    ];
    for (let depth = 1; depth <= settings.maxDepth && beam.length > 0; depth++) {
      const level: Candidate[] = [];
      for (const { candidate: parent, rows } of beam) {
        this.fillHistograms(rows);
        for (const c of space.conditions) {
          if (parent.ids.includes(c.id) || !this.compatible(parent.ids, c)) continue;
          const [count, sum] = this.fromHistogram(c);
          if (count >= parent.count) continue;
          const quality = this.quality(count, sum);
          if (!(quality > 0)) continue;
          const ids = sorted([...parent.ids, c.id]);
          const key = candidateKey(ids);
          if (seen.has(key)) continue;
          seen.add(key);
          level.push({ ids, count, sum, quality });
        }
      }
      level.sort((a, b) => b.quality - a.quality || compareIds(a.ids, b.ids));
      const shapes = new Set<string>();
      const next: Candidate[] = [];
      for (const candidate of level) {
        if (next.length >= settings.beamWidth) break;
        const shape = this.shape(candidate.ids);
        if (shapes.has(shape)) continue;
        shapes.add(shape);
        next.push(candidate);
      }
      const refined = new Map<string, Candidate>();
      for (const candidate of next) {
        const r = this.refine(candidate);
        const key = candidateKey(r.ids);
        if (!refined.has(key)) refined.set(key, r);
        seen.add(key);
      }
      pool.push(...refined.values(), ...level.slice(0, POOL_PER_LEVEL));
      beam =
        depth < settings.maxDepth
          ? [...refined.values()].map((candidate) => ({ candidate, rows: this.members(candidate.ids) }))
          : [];
    }
    const unique = new Map<string, Candidate>();
    for (const c of pool) if (!unique.has(candidateKey(c.ids))) unique.set(candidateKey(c.ids), c);
    return [...unique.values()].sort((a, b) => b.quality - a.quality || compareIds(a.ids, b.ids));
  }
}

const sorted = (ids: number[]): number[] => ids.sort((a, b) => a - b);

/** A total order on condition lists, so ties in quality are broken the same way on every run. */
export function compareIds(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
