import { audit } from "../audit/audit.ts";
import { cellsFromRows } from "../audit/cells-from-rows.ts";
import { type Figure, undefinedFigure } from "../audit/figure.ts";
import type { PastApplicant } from "./hiring-history.ts";
import { GROUP_ATTRIBUTE, OTHER_VALUE, PROTECTED_VALUE } from "./threshold-outcome.ts";

export interface HistoryGroup {
  readonly applicants: number;
  readonly hired: number;
  /** Share hired, with its Wilson interval. */
  readonly hireRate: Figure;
  readonly suitable: number;
  readonly suitableHired: number;
  /** Share of the truly suitable that was hired (the audit's true positive rate). */
  readonly suitableHireRate: Figure;
}

export interface HistorySummary {
  readonly protectedGroup: HistoryGroup;
  readonly otherGroup: HistoryGroup;
  /** Hire rate of the protected group over the other's. */
  readonly impactRatio: Figure;
}

/**
 * The past decisions audited as a decision log, with the truth (suitable or not) as the label: the
 * hire rate per group and, the telling part, the hire rate among the equally suitable.
 */
export function historySummary(past: readonly PastApplicant[]): HistorySummary {
  const rows = past.map((a) => ({
    selected: a.hired,
    attributes: { [GROUP_ATTRIBUTE]: a.protectedGroup ? PROTECTED_VALUE : OTHER_VALUE },
    label: a.suitable,
  }));
  const report = audit(cellsFromRows(rows, { attributes: [GROUP_ATTRIBUTE], hasLabel: true }), {
    protected: [GROUP_ATTRIBUTE],
    reference: { [GROUP_ATTRIBUTE]: OTHER_VALUE },
  });
  const groups = report.groupings[0]?.groups ?? [];
  const group = (value: string, inGroup: boolean): HistoryGroup => {
    const result = groups.find((g) => g.key[GROUP_ATTRIBUTE] === value);
    const own = past.filter((a) => a.protectedGroup === inGroup);
    return {
      applicants: own.length,
      hired: own.filter((a) => a.hired).length,
      hireRate: result?.selectionRate ?? undefinedFigure("no applicants"),
      suitable: own.filter((a) => a.suitable).length,
      suitableHired: own.filter((a) => a.suitable && a.hired).length,
      suitableHireRate: result?.tpr ?? undefinedFigure("no suitable applicants"),
    };
  };
  const protectedResult = groups.find((g) => g.key[GROUP_ATTRIBUTE] === PROTECTED_VALUE);
  return {
    protectedGroup: group(PROTECTED_VALUE, true),
    otherGroup: group(OTHER_VALUE, false),
    impactRatio: protectedResult?.impactRatio ?? undefinedFigure("no protected group"),
  };
}
