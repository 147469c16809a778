import type { Undefined } from "../stats/result.ts";
import type { Figure } from "./figure.ts";

/** A group is named by its attribute values: `{ gender: "F", ethnicity: "Turkish" }`. */
export type GroupKey = Readonly<Record<string, string>>;

export type GroupStatus = "ok" | "suppressed" | "excluded" | "undefined";

export interface TestFigure {
  readonly status: "ok";
  readonly method: string;
  readonly statistic?: number;
  readonly pValue: number;
}

/** Comparison of a group's selection with the reference group's (a 2×2 table). */
export interface SelectionComparison {
  /** Selection rate of the group divided by that of the reference (UGESP, LL144), with Katz log CI. */
  readonly impactRatio: Figure;
  /** Impact ratio below 0.8: the four-fifths rule of thumb (29 CFR 1607.4(D)), a screening heuristic. */
  readonly belowFourFifths: boolean | null;
  readonly fisher: { readonly status: "ok"; readonly pValue: number; readonly midP: number } | Undefined;
  readonly zTest: TestFigure | Undefined;
  readonly chiSquare: (TestFigure & { readonly df: number; readonly yatesPValue: number }) | Undefined;
  /** Holm and Benjamini–Hochberg adjusted Fisher p-values over every comparison in the report. */
  readonly pAdjusted: { readonly holm: number; readonly bh: number };
  /** Holm-adjusted Fisher p below alpha. */
  readonly significant: boolean;
  /** Expected selections at the pooled rate of the grouping minus actual selections (OFCCP). */
  readonly shortfall: { readonly expected: number; readonly actual: number; readonly value: number };
  /**
   * Whether one person would flip the four-fifths outcome (UGESP Q&A 21): for a group below 0.8, one
   * more selection (and one fewer rejection) lifts it to 0.8 or above; for a group at or above 0.8,
   * one fewer selection drops it below. The reference group's counts stay as they are.
   */
  readonly onePersonFlips: boolean | null;
  readonly oddsRatio: Figure;
  /** Cohen's h: 2·asin√p_group − 2·asin√p_reference (small 0.2, medium 0.5, large 0.8). */
  readonly cohensH: number;
}

export interface ScoringResult {
  /** Rows of the group with a score. */
  readonly scored: number;
  /** Share of the group's scored rows strictly above the median of all scored rows (LL144). */
  readonly scoringRate: Figure;
  /** Scoring rate over the highest (or named reference) group's scoring rate. */
  readonly scoringImpactRatio: Figure;
  readonly meanScore: Figure;
  /** Cohen's d of the group's scores against the reference group's, with a normal-approximation CI. */
  readonly standardizedMeanDifference: Figure;
}

export type ErrorRateName = "tpr" | "fpr" | "fnr" | "ppv" | "fdr" | "for" | "npv" | "accuracy";

export interface ErrorRates {
  readonly labelled: number;
  readonly rates: Readonly<Record<ErrorRateName, Figure>>;
  /** Each rate divided by the reference group's rate. */
  readonly ratios: Readonly<Record<ErrorRateName, Figure>>;
}

/** The figures the contract puts on the group itself (docs/audit-report-schema.md). */
export type GroupLevelRates = Partial<
  Readonly<Record<ErrorRateName | "scoringRate" | "scoringImpactRatio", Figure>>
>;

export interface StratifiedComparison {
  readonly method: "cochran-mantel-haenszel";
  readonly result:
    | {
        readonly status: "ok";
        readonly statistic: number;
        readonly pValue: number;
        readonly commonOddsRatio: Figure;
        readonly strataUsed: number;
      }
    | Undefined;
  /** Odds ratio of the pooled table (all requisitions together). */
  readonly pooledOddsRatio: Figure;
  /** True when the pooled and the stratified odds ratios point in opposite directions (Simpson's paradox). */
  readonly simpson: boolean;
}

export interface StageFigures {
  readonly stage: string;
  readonly status: GroupStatus;
  readonly n: number | null;
  readonly selected: number | null;
  readonly selectionRate: Figure;
  readonly impactRatio: Figure;
}

export interface GroupResult extends GroupLevelRates {
  readonly key: GroupKey;
  readonly status: GroupStatus;
  /** Why the group is suppressed, excluded or undefined. */
  readonly reason?: string;
  readonly isReference: boolean;
  /** Candidates (rows; with stages: candidates at the first stage). Null when suppressed. */
  readonly n: number | null;
  readonly selected: number | null;
  /** With a 95 % Wilson interval. */
  readonly selectionRate: Figure;
  /** Selection rate over the reference group's, with a Katz log CI. Undefined for the reference itself. */
  readonly impactRatio: Figure;
  /** Impact ratio below 0.8: the four-fifths rule of thumb (29 CFR 1607.4(D)), a screening heuristic. */
  readonly belowFourFifths: boolean | null;
  /** The comparison with the reference; null for the reference group and groups not compared. */
  readonly fisher: SelectionComparison["fisher"] | null;
  readonly zTest: SelectionComparison["zTest"] | null;
  readonly chiSquare: SelectionComparison["chiSquare"] | null;
  readonly pAdjusted: SelectionComparison["pAdjusted"] | null;
  readonly significant: boolean | null;
  readonly shortfall: SelectionComparison["shortfall"] | null;
  readonly onePersonFlips: boolean | null;
  readonly oddsRatio: Figure | null;
  readonly cohensH: number | null;
  /** With a score: the scoring details; `scoringRate` and `scoringImpactRatio` also sit on the group. */
  readonly scoring?: Omit<ScoringResult, "scoringRate" | "scoringImpactRatio">;
  /** With a label: the ratios to the reference; the rates themselves (tpr, fpr, …) sit on the group. */
  readonly errorRates?: Omit<ErrorRates, "rates">;
  readonly stages?: readonly StageFigures[];
  /** The stage with the lowest stage-wise impact ratio (where the gap arises), when it is below 1. */
  readonly gapStage?: string | null;
  readonly stratified?: StratifiedComparison;
}

export interface ExcludedGroup {
  readonly key: GroupKey;
  readonly n: number;
  readonly share: number;
  readonly selectionRate: Figure;
  readonly reason: string;
}

export interface CutPoint {
  readonly cut: number;
  /** Lowest impact ratio (vs the group with the highest rate above this cut) among shown groups. */
  readonly minImpactRatio: Figure;
  readonly groups: readonly { readonly key: GroupKey; readonly rate: Figure; readonly impactRatio: Figure }[];
}

export interface GroupingResult {
  readonly attributes: readonly string[];
  /** Rows (candidates) with an empty value in at least one of the attributes: left out of this grouping. */
  readonly unknown: number;
  readonly reference: GroupKey | null;
  /** How the reference was chosen, or why there is none. */
  readonly referenceRule: "most-selected" | "named" | "none";
  readonly referenceReason?: string;
  readonly scoringReference: GroupKey | null;
  readonly excluded: readonly ExcludedGroup[];
  readonly suppressed: number;
  readonly groups: readonly GroupResult[];
  /** Test of independence of group and outcome over all shown groups (R×2). */
  readonly chiSquare: (TestFigure & { readonly df: number }) | Undefined;
  readonly cutCurve?: readonly CutPoint[];
}

export interface AuditWarning {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface AuditFindings {
  /** Groups below the four-fifths line (impact ratio < 0.8), over all groupings. */
  readonly belowFourFifths: number;
  /** Comparisons with a Holm-adjusted Fisher p below alpha. */
  readonly significant: number;
  /** Both at once: below 0.8 and significant. */
  readonly belowFourFifthsAndSignificant: number;
  readonly comparisons: number;
}

export interface ResolvedAuditOptions {
  readonly protected: readonly string[];
  readonly intersections: readonly (readonly string[])[];
  readonly reference: Readonly<Record<string, string>>;
  readonly minGroup: number;
  readonly excludeBelow: number | null;
  readonly alpha: number;
  readonly level: number;
  readonly stageOrder: readonly string[] | null;
}

export interface AuditReport {
  readonly schema: "aware.audit/1";
  readonly rows: number;
  readonly options: ResolvedAuditOptions;
  readonly overall: { readonly n: number; readonly selected: number; readonly selectionRate: Figure };
  readonly stages: readonly string[] | null;
  readonly score: { readonly median: number; readonly scored: number } | null;
  /** First and last decision date in the log (LL144 summaries state the data's period). */
  readonly period: { readonly first: string; readonly last: string } | null;
  readonly groupings: readonly GroupingResult[];
  readonly findings: AuditFindings;
  readonly warnings: readonly AuditWarning[];
}
