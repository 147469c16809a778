import { audit } from "../audit/audit.ts";
import { FOUR_FIFTHS } from "../audit/audit-options.ts";
import type { AuditReport, GroupResult } from "../audit/audit-report.ts";
import { cellsFromRows, type DecisionRow } from "../audit/cells-from-rows.ts";
import { type Figure, undefinedFigure } from "../audit/figure.ts";
import type { Applicant } from "./hiring-history.ts";

/**
 * What a cut-off on the model's score does to a cohort, measured by the project's own audit engine
 * (the same cells and battery as an uploaded decision log): selection rate per group, the impact ratio
 * of the protected group against the other with the four-fifths rule and Fisher's exact test, and the
 * truly suitable candidates the cut-off leaves out, per group.
 */
export const GROUP_ATTRIBUTE = "group";
export const PROTECTED_VALUE = "protected";
export const OTHER_VALUE = "other";

export interface GroupOutcome {
  readonly applicants: number;
  readonly selected: number;
  /** With its 95 % Wilson interval, from the audit. */
  readonly selectionRate: Figure;
  readonly suitable: number;
  /** Truly suitable but below the cut-off. */
  readonly missedSuitable: number;
  /** Missed share of the suitable: the false negative rate, from the audit. */
  readonly missedShare: Figure;
}

export interface ThresholdOutcome {
  /** Selected: a score at or above this (0–1). */
  readonly threshold: number;
  readonly protectedGroup: GroupOutcome;
  readonly otherGroup: GroupOutcome;
  /** Protected group's selection rate over the other group's, with its Katz interval. */
  readonly impactRatio: Figure;
  /** Below four fifths (0.8): the rule of thumb of 29 CFR 1607.4(D); null when undefined. */
  readonly belowFourFifths: boolean | null;
  /** Two-sided Fisher exact p-value of the difference; null when not computed. */
  readonly pValue: number | null;
  /** p below 0.05 (one comparison, so Holm changes nothing). */
  readonly significant: boolean | null;
  readonly report: AuditReport;
}

/** The rows an audit reads: selected or not, the group, and the truth (suitable) as the label. */
export function decisionRows(
  cohort: readonly Applicant[],
  scores: ArrayLike<number>,
  threshold: number,
): DecisionRow[] {
  return cohort.map((a, i) => ({
    selected: (scores[i] as number) >= threshold,
    attributes: { [GROUP_ATTRIBUTE]: a.protectedGroup ? PROTECTED_VALUE : OTHER_VALUE },
    label: a.suitable,
  }));
}

function groupOutcome(
  result: GroupResult | undefined,
  rows: readonly DecisionRow[],
  value: string,
): GroupOutcome {
  const own = rows.filter((r) => r.attributes[GROUP_ATTRIBUTE] === value);
  return {
    applicants: own.length,
    selected: own.filter((r) => r.selected).length,
    selectionRate: result?.selectionRate ?? undefinedFigure("no candidates"),
    suitable: own.filter((r) => r.label).length,
    missedSuitable: own.filter((r) => r.label && !r.selected).length,
    missedShare: result?.fnr ?? undefinedFigure("no suitable candidates"),
  };
}

/** Audits the selection "score ≥ threshold" of the cohort. */
export function thresholdOutcome(
  cohort: readonly Applicant[],
  scores: ArrayLike<number>,
  threshold: number,
): ThresholdOutcome {
  if (!(threshold >= 0 && threshold <= 1))
    throw new RangeError(`thresholdOutcome: invalid threshold ${threshold}`);
  if (scores.length !== cohort.length) throw new RangeError("thresholdOutcome: one score per applicant");
  const rows = decisionRows(cohort, scores, threshold);
  const report = audit(cellsFromRows(rows, { attributes: [GROUP_ATTRIBUTE], hasLabel: true }), {
    protected: [GROUP_ATTRIBUTE],
    reference: { [GROUP_ATTRIBUTE]: OTHER_VALUE },
  });
  const groups = report.groupings[0]?.groups ?? [];
  const find = (value: string) => groups.find((g) => g.key[GROUP_ATTRIBUTE] === value);
  const protectedResult = find(PROTECTED_VALUE);
  const fisher = protectedResult?.fisher;
  const impactRatio = protectedResult?.impactRatio ?? undefinedFigure("no protected group");
  return {
    threshold,
    protectedGroup: groupOutcome(protectedResult, rows, PROTECTED_VALUE),
    otherGroup: groupOutcome(find(OTHER_VALUE), rows, OTHER_VALUE),
    impactRatio,
    belowFourFifths: impactRatio.status === "ok" ? impactRatio.value < FOUR_FIFTHS : null,
    pValue: fisher && fisher.status === "ok" ? fisher.pValue : null,
    significant: protectedResult?.significant ?? null,
    report,
  };
}

/** The impact ratio at each threshold (for the curve), each from its own audit. */
export function impactRatioCurve(
  cohort: readonly Applicant[],
  scores: ArrayLike<number>,
  thresholds: readonly number[],
): { readonly threshold: number; readonly impactRatio: number | null }[] {
  return thresholds.map((threshold) => {
    const ir = thresholdOutcome(cohort, scores, threshold).impactRatio;
    return { threshold, impactRatio: ir.status === "ok" ? ir.value : null };
  });
}
