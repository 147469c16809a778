import type {
  AuditReport,
  GroupingResult,
  GroupKey,
  GroupResult,
  GroupStatus,
} from "../../../core/audit/audit-report.ts";
import { groupLabel } from "../../../core/report/report-tables.ts";

/** What the comparison shows of one group in one audit. */
export interface GroupFigures {
  readonly status: GroupStatus;
  readonly isReference: boolean;
  readonly n: number | null;
  readonly selectionRate: number | null;
  readonly impactRatio: number | null;
  readonly belowFourFifths: boolean | null;
}

export interface ComparedGroup {
  readonly group: string;
  /** Null when the group does not occur in that audit. */
  readonly before: GroupFigures | null;
  readonly after: GroupFigures | null;
  /** after − before, when both are defined. */
  readonly selectionRateChange: number | null;
  readonly impactRatioChange: number | null;
}

export interface ComparedGrouping {
  readonly attributes: readonly string[];
  readonly referenceBefore: string | null;
  readonly referenceAfter: string | null;
  readonly groups: readonly ComparedGroup[];
}

/** Groupings match by their set of attributes, whatever the order they were named in. */
const groupingId = (g: GroupingResult) => JSON.stringify([...g.attributes].sort());
/** Groups match by their values per attribute. */
const keyId = (key: GroupKey) =>
  JSON.stringify(Object.entries(key).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function figures(g: GroupResult): GroupFigures {
  return {
    status: g.status,
    isReference: g.isReference,
    n: g.n,
    selectionRate: g.selectionRate.status === "ok" ? g.selectionRate.value : null,
    impactRatio: g.impactRatio.status === "ok" ? g.impactRatio.value : null,
    belowFourFifths: g.belowFourFifths,
  };
}

const change = (before: number | null | undefined, after: number | null | undefined) =>
  before === null || before === undefined || after === null || after === undefined ? null : after - before;

/** Unique items in first-seen order. */
function union<T>(a: readonly T[], b: readonly T[], id: (x: T) => string): T[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((x) => {
    const k = id(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Two audits side by side: per grouping (in either), each group's selection rate and impact ratio in
 * both, and the change from the earlier to the later. A grouping or group that only one audit has is
 * shown with the other side empty.
 */
export function compareAudits(before: AuditReport, after: AuditReport): ComparedGrouping[] {
  const beforeById = new Map(before.groupings.map((g) => [groupingId(g), g]));
  const afterById = new Map(after.groupings.map((g) => [groupingId(g), g]));
  return union(after.groupings, before.groupings, groupingId).map((grouping) => {
    const id = groupingId(grouping);
    const b = beforeById.get(id);
    const a = afterById.get(id);
    const bGroups = new Map((b?.groups ?? []).map((g) => [keyId(g.key), g]));
    const aGroups = new Map((a?.groups ?? []).map((g) => [keyId(g.key), g]));
    const keys = union(
      (a?.groups ?? []).map((g) => g.key),
      (b?.groups ?? []).map((g) => g.key),
      keyId,
    );
    return {
      attributes: (a ?? grouping).attributes,
      referenceBefore: b?.reference ? groupLabel(b.reference) : null,
      referenceAfter: a?.reference ? groupLabel(a.reference) : null,
      groups: keys.map((key) => {
        const bg = bGroups.get(keyId(key));
        const ag = aGroups.get(keyId(key));
        const bf = bg ? figures(bg) : null;
        const af = ag ? figures(ag) : null;
        return {
          group: groupLabel(key),
          before: bf,
          after: af,
          selectionRateChange: change(bf?.selectionRate, af?.selectionRate),
          impactRatioChange: change(bf?.impactRatio, af?.impactRatio),
        };
      }),
    };
  });
}

/** The two audits in time order (earlier first), whichever order they were picked in. */
export function inTimeOrder<T extends { readonly createdAt: string }>(x: T, y: T): [T, T] {
  return Date.parse(x.createdAt) <= Date.parse(y.createdAt) ? [x, y] : [y, x];
}
