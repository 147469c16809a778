import type { Figure } from "../audit/figure.ts";
import type { Interval, Undefined } from "../stats/result.ts";
import type { DiscoveryNote } from "./discovery-note.ts";
import type { ResolvedHbacOptions, ResolvedSubgroupOptions } from "./discovery-options.ts";
import type { OutcomeSpec } from "./discovery-table.ts";
import type { LocalizedText } from "./localized-text.ts";
import type { FeatureSummary } from "./prepare-table.ts";
import type { SubgroupRule } from "./subgroup-rule.ts";

/**
 * The result of a discovery run, for both methods: the JSON report of `aware discover` is this object
 * without `assignments` (which `--assignments` writes as a CSV). Every figure says what it is and
 * whether it could be computed; the seed and the options make a run reproducible.
 */
export interface DiscoveryResult {
  readonly schema: "aware.discovery/1";
  readonly method: "subgroups" | "hbac";
  readonly seed: number;
  readonly options: ResolvedSubgroupOptions | ResolvedHbacOptions;
  readonly outcome: {
    readonly spec: OutcomeSpec;
    readonly worse: "low" | "high";
    /** Decisions and errors: the means are rates of 1s; scores: means of the score. */
    readonly binary: boolean;
    /** Mean outcome over all rows used. */
    readonly overallMean: number;
  };
  readonly rows: {
    readonly total: number;
    /** Rows with an outcome. */
    readonly used: number;
    /** Where the groups were found. */
    readonly search: number;
    /** Where they were tested. */
    readonly heldOut: number;
  };
  readonly features: readonly FeatureSummary[];
  readonly protected: readonly string[];
  readonly alpha: number;
  readonly level: number;
  readonly notes: readonly DiscoveryNote[];
  /** Ordered by the search half's ranking: cluster 0 is the group the search found most disadvantaged. */
  readonly clusters: readonly DiscoveredCluster[];
  /**
   * For every row of the table, in input order: the id of its cluster, or −1 for a row in no reported
   * group ("-" in the assignments CSV). A row meeting several rules goes to the lowest id (the most
   * disadvantaged group). Rows without an outcome are assigned too (by rule or nearest centroid).
   */
  readonly assignments: readonly number[];
  /** For every row of the table: the half it was in, or "none" for a row without an outcome. */
  readonly half: readonly RowHalf[];
  /** One sentence on the whole run. */
  readonly summary: LocalizedText;
}

export type RowHalf = "search" | "held-out" | "none";

export interface EffectSize {
  readonly status: "ok";
  /** "cohens-h" for rates (0.2 small, 0.5 medium, 0.8 large), "cohens-d" for scores. */
  readonly method: "cohens-h" | "cohens-d";
  readonly value: number;
  readonly ci: Interval | null;
}

export interface GroupTest {
  readonly status: "ok";
  /** "two-proportion-z (pooled)", "fisher-exact" (when an expected count is below 5) or "welch-t". */
  readonly method: string;
  readonly statistic: number | null;
  /** Two-sided. */
  readonly pValue: number;
}

export type Stability =
  | {
      readonly status: "ok";
      /** Share of resamples that found the group again. */
      readonly value: number;
      readonly found: number;
      readonly resamples: number;
      /** value ≥ the unstable threshold. */
      readonly stable: boolean;
    }
  | Undefined;

export interface ProfileLine {
  /** rule, outcome, difference (on another feature), composition (by a protected attribute), stability, none. */
  readonly kind: "rule" | "outcome" | "difference" | "no-difference" | "composition" | "stability";
  readonly feature?: string;
  readonly text: LocalizedText;
}

export interface CompositionCell {
  readonly value: string;
  /** Count and share in the group, or null when the count is suppressed (1 … minGroup − 1, or its complement). */
  readonly group: { readonly count: number; readonly share: number } | null;
  readonly rest: { readonly count: number; readonly share: number } | null;
}

/** How a group is made up by one protected attribute, in the held-out half (validation). */
export interface Composition {
  readonly attribute: string;
  readonly cells: readonly CompositionCell[];
  /** χ² test of the group's composition against the rest's. */
  readonly test: GroupTest | Undefined;
}

export interface DiscoveredCluster {
  /** 0 = the most disadvantaged group as ranked in the search half. */
  readonly id: number;
  /** The rule that defines the group (subgroups); null for an HBAC cluster. */
  readonly rule: SubgroupRule | null;
  /** The rule in words, or for HBAC a name for the cluster. */
  readonly description: LocalizedText;
  /** Members among the rows used (search and held-out half). */
  readonly size: number;
  readonly search: {
    readonly size: number;
    readonly outcomeMean: number;
    readonly restMean: number;
    /** The method's ranking score there: the subgroup quality, or HBAC's bias score. */
    readonly score: number;
  };
  /** Below: the held-out half only, where the group was not chosen. */
  readonly heldOut: { readonly size: number; readonly restSize: number };
  readonly outcomeMean: Figure;
  readonly restMean: Figure;
  /** outcomeMean − restMean, with its interval (Newcombe for rates, Welch for scores). */
  readonly difference: Figure;
  /** Whether the held-out difference lies on the worse side. */
  readonly direction: "worse" | "better" | "equal" | "undefined";
  readonly effectSize: EffectSize | Undefined;
  readonly test: GroupTest | Undefined;
  readonly pValue: number | null;
  /** Holm over every reported cluster of the run. */
  readonly pAdjusted: number | null;
  readonly significant: boolean;
  readonly stability: Stability;
  readonly profile: readonly ProfileLine[];
  readonly composition: readonly Composition[];
  /** Rules merged into this group as near-duplicates or nested groups (subgroups). */
  readonly similar: readonly LocalizedText[];
}
