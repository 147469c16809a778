import { DEFAULT_MIN_GROUP } from "../audit/audit-options.ts";

/** The phases a run reports through `onProgress`, in order. */
export type DiscoveryPhase = "prepare" | "search" | "stability" | "test";

export interface DiscoveryProgress {
  readonly phase: DiscoveryPhase;
  /** Share of the phase done, 0 to 1. */
  readonly done: number;
}

/** Options shared by both methods. */
export interface DiscoveryOptions {
  /** Seed of every random choice (the split, the resamples, k-means starts). Stated in the result. Default 1. */
  readonly seed?: number;
  /** Share of the rows used to find groups; the others are held out to test them. Default 0.5. */
  readonly searchFraction?: number;
  /** Smallest group, as a share of the search half. Default 0.05 (subgroups) or 0.025 (HBAC, as its web app). */
  readonly minSize?: number;
  /** Bootstrap resamples of the search half to measure stability; 0 skips it. Default 20 (subgroups), 10 (HBAC). */
  readonly resamples?: number;
  /** Significance level for the Holm-adjusted p-values. Default 0.05. */
  readonly alpha?: number;
  /** Confidence level of every interval. Default 0.95. */
  readonly level?: number;
  /** No statistic or composition count is shown for fewer people than this (privacy). Default 5. */
  readonly minGroup?: number;
  /** Called as the run goes (the CLI's progress bar). */
  readonly onProgress?: (progress: DiscoveryProgress) => void;
}

export interface SubgroupOptions extends DiscoveryOptions {
  /** Groups reported at most. Default 5. */
  readonly maxGroups?: number;
  /** Conditions per rule at most. Default 3. */
  readonly maxDepth?: number;
  /** Rules kept at each level of the beam search. Default 20. */
  readonly beamWidth?: number;
  /**
   * Quantile bins per numeric feature (one per value when it has fewer distinct values; a value held by
   * at least 1/bins of the rows gets its own). Default 32: thresholds about 3% of the people apart.
   */
  readonly bins?: number;
  /** a in quality = (s(1 − s))^a · difference. Default 0.5 (see subgroup-search.ts). */
  readonly sizeExponent?: number;
  /**
   * A condition must add at least this share to the quality of the rule without it to stay (besides
   * separating the outcome significantly, see select-subgroups.ts). Default 0.05.
   */
  readonly minRefinementGain?: number;
}

export interface HbacOptions extends DiscoveryOptions {
  /** Split attempts (the package's bahc_max_iter; a rejected split uses one up too). Default 10, as the web app. */
  readonly maxIterations?: number;
  /** k-means starts per split (k-means++ seeding); the lowest inertia wins. Default 1, as scikit-learn's n_init="auto" with k-means++. */
  readonly restarts?: number;
}

/**
 * Below this share of resamples that find a group again, the group is marked unstable: a group the
 * search finds in fewer than half of the bootstrap samples of its own data owes its place to a few
 * rows (the convention of stability selection, Meinshausen & Bühlmann 2010, whose thresholds start
 * above one half).
 */
export const UNSTABLE_BELOW = 0.5;
/**
 * A resample "finds" a group when one of its top groups has at least this Jaccard overlap of members
 * with it: more than half of the people in either group are shared, so the resample describes the same
 * people, possibly with another threshold ("gap ≥ 11" for "gap ≥ 12").
 */
export const STABILITY_JACCARD = 0.5;
/**
 * Two groups whose members overlap more than this (Jaccard) are one group: at 0.8 they differ in at
 * most a fifth of their members, a variant rather than a second finding.
 */
export const DUPLICATE_JACCARD = 0.8;
/**
 * A group holding at least this share of a smaller group's members, or lying for this share inside a
 * larger one, is nested in it and reported under it as a similar rule.
 */
export const NESTED_OVERLAP = 0.8;
/** How many of a group's strongest differences from the rest the profile names. */
export const PROFILE_DIFFERENCES = 3;

export interface ResolvedCommonOptions {
  readonly seed: number;
  readonly searchFraction: number;
  readonly minSize: number;
  readonly resamples: number;
  readonly alpha: number;
  readonly level: number;
  readonly minGroup: number;
  readonly stabilityJaccard: number;
  readonly unstableBelow: number;
}

export interface ResolvedSubgroupOptions extends ResolvedCommonOptions {
  readonly maxGroups: number;
  readonly maxDepth: number;
  readonly beamWidth: number;
  readonly bins: number;
  readonly sizeExponent: number;
  readonly minRefinementGain: number;
  readonly duplicateJaccard: number;
  readonly nestedOverlap: number;
}

export interface ResolvedHbacOptions extends ResolvedCommonOptions {
  readonly maxIterations: number;
  readonly restarts: number;
  readonly margin: number;
}

const fraction = (fn: string, name: string, value: number, low: number, high: number): number => {
  if (!(value > low && value < high)) throw new RangeError(`${fn}: invalid ${name} ${value}`);
  return value;
};
const integer = (fn: string, name: string, value: number, min: number): number => {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${fn}: invalid ${name} ${value}`);
  return value;
};

function resolveCommon(
  fn: string,
  options: DiscoveryOptions,
  defaults: { minSize: number; resamples: number },
): ResolvedCommonOptions {
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError(`${fn}: invalid seed ${seed}`);
  return {
    seed,
    searchFraction: fraction(fn, "searchFraction", options.searchFraction ?? 0.5, 0, 1),
    minSize: fraction(fn, "minSize", options.minSize ?? defaults.minSize, 0, 0.5),
    resamples: integer(fn, "resamples", options.resamples ?? defaults.resamples, 0),
    alpha: fraction(fn, "alpha", options.alpha ?? 0.05, 0, 1),
    level: fraction(fn, "level", options.level ?? 0.95, 0, 1),
    minGroup: integer(fn, "minGroup", options.minGroup ?? DEFAULT_MIN_GROUP, 1),
    stabilityJaccard: STABILITY_JACCARD,
    unstableBelow: UNSTABLE_BELOW,
  };
}

export function resolveSubgroupOptions(options: SubgroupOptions = {}): ResolvedSubgroupOptions {
  const fn = "discoverSubgroups";
  const sizeExponent = options.sizeExponent ?? 0.5;
  if (!(sizeExponent >= 0 && sizeExponent <= 1))
    throw new RangeError(`${fn}: invalid sizeExponent ${sizeExponent}`);
  const minRefinementGain = options.minRefinementGain ?? 0.05;
  if (!(minRefinementGain >= 0))
    throw new RangeError(`${fn}: invalid minRefinementGain ${minRefinementGain}`);
  return {
    ...resolveCommon(fn, options, { minSize: 0.05, resamples: 20 }),
    maxGroups: integer(fn, "maxGroups", options.maxGroups ?? 5, 1),
    maxDepth: integer(fn, "maxDepth", options.maxDepth ?? 3, 1),
    beamWidth: integer(fn, "beamWidth", options.beamWidth ?? 20, 1),
    bins: integer(fn, "bins", options.bins ?? 32, 2),
    sizeExponent,
    minRefinementGain,
    duplicateJaccard: DUPLICATE_JACCARD,
    nestedOverlap: NESTED_OVERLAP,
  };
}

export function resolveHbacOptions(options: HbacOptions = {}): ResolvedHbacOptions {
  const fn = "hbac";
  return {
    ...resolveCommon(fn, options, { minSize: 0.025, resamples: 10 }),
    maxIterations: integer(fn, "maxIterations", options.maxIterations ?? 10, 1),
    restarts: integer(fn, "restarts", options.restarts ?? 1, 1),
    margin: 1e-5,
  };
}
