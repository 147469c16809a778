import { type Candidate, candidateKey, compareIds, type SubgroupSearch } from "./subgroup-search.ts";

/**
 * From the ranked candidates of a search to the few groups worth reporting, merging redundant ones.
 * First the best candidates of the search are brought into their final form (0 and 1); then the final
 * groups are taken best first (2 to 4), so a group is only ever merged into a better one.
 *
 * 0. A candidate whose members nearly coincide with those of a better candidate already looked at
 *    (Jaccard > duplicateJaccard) is a threshold variant of it and is skipped.
 * 1. Backward elimination: a condition stays in a rule only if the rows it removes from the rule
 *    without it are significantly better off than the rows it keeps (one-sided z ≥ minSeparation,
 *    which the caller sets from a Bonferroni bound over the conditions tried, because the condition
 *    was picked as the best of them), and if it adds at least minGain to the quality. The weakest
 *    condition goes first; the thresholds of the rest are re-tuned. So a rule "gap ≥ 12 and hours ≤ 24
 *    and channel ≠ agency" whose third condition only trims noise becomes "gap ≥ 12 and hours ≤ 24":
 *    a refinement that does not improve the group enough is dropped.
 * 2. A near-duplicate of a group already chosen (Jaccard overlap of members > duplicateJaccard) is
 *    dropped and listed under that group as a similar rule.
 * 3. A nested group (at least nestedOverlap of the smaller group's members are in the other) is dropped
 *    the same way: "hours ≤ 24" adds nothing once "gap ≥ 12 and hours ≤ 24" is reported, because its
 *    disadvantage is that of the group inside it.
 * 4. A group must be worse off in its own right: its quality recomputed without the members of the
 *    groups already chosen (on the remaining rows) must keep at least RESIDUAL_SHARE of its quality.
 *    This is the covering idea of CN2-SD (Lavrač et al. 2004): "gap ≥ 13 and certificates ≤ 2" is
 *    worse off only because half of it has part-time hours too, and is not reported as a second group.
 */
export interface SelectionSettings {
  readonly maxGroups: number;
  readonly minGain: number;
  /** The one-sided z a condition's split of the rule must reach to stay in it. */
  readonly minSeparation: number;
  readonly duplicateJaccard: number;
  readonly nestedOverlap: number;
}

export interface SelectedGroup {
  readonly candidate: Candidate;
  /** Membership of every search row (1 = member), unweighted. */
  readonly members: Uint8Array;
  readonly size: number;
  /** The candidates merged into this group (near-duplicates and nested groups), best first. */
  readonly merged: Candidate[];
}

/** Share of its quality a group must keep once the members of the groups chosen before it are set aside. */
export const RESIDUAL_SHARE = 0.5;
/** Candidates of the search looked at, and distinct final groups made of them, at most. */
const MAX_EXAMINED = 100;
const MAX_FINAL = 30;
/** Similar rules listed per group at most. */
const MAX_MERGED = 5;

export function overlap(a: Uint8Array, sizeA: number, b: Uint8Array, sizeB: number) {
  let both = 0;
  for (let k = 0; k < a.length; k++) both += a[k]! & b[k]!;
  const union = sizeA + sizeB - both;
  const smaller = Math.min(sizeA, sizeB);
  return { jaccard: union === 0 ? 0 : both / union, ofSmaller: smaller === 0 ? 0 : both / smaller };
}

/**
 * The condition of a rule that matters least given the others, if it should go (see 1 above); null
 * when every condition stays.
 */
function weakestCondition(
  search: SubgroupSearch,
  candidate: Candidate,
  settings: SelectionSettings,
): number | null {
  if (candidate.ids.length < 2) return null;
  const { kept, without } = search.leaveOneOut(candidate.ids);
  const sign = search.settings.sign;
  let weakest: { id: number; z: number } | null = null;
  for (const [i, id] of candidate.ids.entries()) {
    const parent = without[i]!;
    const removed = parent.count - kept.count;
    let z = Number.NEGATIVE_INFINITY;
    if (removed > 0 && kept.count > 0 && parent.count > 1) {
      const variance = Math.max(
        0,
        (parent.squares - (parent.sum * parent.sum) / parent.count) / (parent.count - 1),
      );
      const difference = sign * (kept.sum / kept.count - (parent.sum - kept.sum) / removed);
      const se = Math.sqrt(variance * (1 / kept.count + 1 / removed));
      z = se > 0 ? difference / se : difference > 0 ? Number.POSITIVE_INFINITY : 0;
    }
    const parentQuality = search.quality(parent.count, parent.sum);
    const gain = parentQuality > 0 ? candidate.quality / parentQuality - 1 : Number.POSITIVE_INFINITY;
    const weak = z < settings.minSeparation || gain < settings.minGain;
    if (weak && (weakest === null || z < weakest.z)) weakest = { id, z };
  }
  return weakest?.id ?? null;
}

/** The quality of a group on the rows outside the groups already chosen, against those rows' rest. */
function residualQuality(search: SubgroupSearch, mask: Uint8Array, chosen: readonly SelectedGroup[]): number {
  const { y, weights } = search.data;
  let total = 0;
  let totalSum = 0;
  let count = 0;
  let sum = 0;
  outer: for (let k = 0; k < mask.length; k++) {
    for (const s of chosen) if (s.members[k]) continue outer;
    const w = weights ? weights[k]! : 1;
    total += w;
    totalSum += w * y[k]!;
    if (mask[k]) {
      count += w;
      sum += w * y[k]!;
    }
  }
  const rest = total - count;
  if (count === 0 || rest <= 0) return Number.NEGATIVE_INFINITY;
  const share = count / total;
  const d = search.settings.sign * (sum / count - (totalSum - sum) / rest);
  return (share * (1 - share)) ** search.settings.sizeExponent * d;
}

export function selectSubgroups(
  search: SubgroupSearch,
  ranked: readonly Candidate[],
  settings: SelectionSettings,
): SelectedGroup[] {
  // Phase 1: the final form of the best distinct candidates (refined, weak conditions eliminated).
  const finals = new Map<string, Candidate>();
  const looked: { mask: Uint8Array; size: number }[] = [];
  for (const start of ranked.slice(0, MAX_EXAMINED)) {
    if (finals.size >= MAX_FINAL) break;
    // 0. A threshold variant of a candidate already looked at ends up as the same group.
    const raw = search.memberMask(start.ids);
    if (looked.some((l) => overlap(l.mask, l.size, raw.mask, raw.size).jaccard > settings.duplicateJaccard))
      continue;
    looked.push(raw);
    // 1. Backward elimination, with the thresholds re-tuned after each step.
    let candidate = search.refine(start);
    for (;;) {
      const weakest = weakestCondition(search, candidate, settings);
      if (weakest === null) break;
      candidate = search.refine(search.evaluate(candidate.ids.filter((id) => id !== weakest)));
    }
    if (candidate.quality > 0 && !finals.has(candidateKey(candidate.ids)))
      finals.set(candidateKey(candidate.ids), candidate);
  }
  // Phase 2: best first, so a group is only ever merged into a better one.
  const selected: SelectedGroup[] = [];
  const ordered = [...finals.values()].sort((a, b) => b.quality - a.quality || compareIds(a.ids, b.ids));
  for (const candidate of ordered) {
    if (selected.length >= settings.maxGroups) break;
    const { mask, size } = search.memberMask(candidate.ids);
    // 2 and 3. Near-duplicates and nested groups of one already chosen.
    const similar = selected.find((s) => {
      const o = overlap(s.members, s.size, mask, size);
      return o.jaccard > settings.duplicateJaccard || o.ofSmaller >= settings.nestedOverlap;
    });
    if (similar) {
      if (similar.merged.length < MAX_MERGED) similar.merged.push(candidate);
      continue;
    }
    // 4. Worse off in its own right.
    if (selected.length > 0 && residualQuality(search, mask, selected) < RESIDUAL_SHARE * candidate.quality)
      continue;
    selected.push({ candidate, members: mask, size, merged: [] });
  }
  return selected;
}
