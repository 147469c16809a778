import type { DecisionCell, LabelCounts, ScoreSums } from "./decision-cells.ts";

/** Candidates and selections; with stages, the bottom line: first-stage candidates, last-stage selections. */
export interface Counts {
  readonly n: number;
  readonly selected: number;
}

/** Everything the battery needs about one group, summed over its cells. */
export interface GroupTally {
  readonly values: readonly string[];
  readonly counts: Counts;
  /** Per stage (stage order), counts of the rows at that stage. */
  readonly stages: ReadonlyMap<string, Counts>;
  /** Per requisition, bottom-line counts within it. */
  readonly requisitions: ReadonlyMap<string, Counts>;
  readonly label: LabelCounts | undefined;
  readonly score: ScoreSums | undefined;
}

export interface GroupingTally {
  readonly groups: readonly GroupTally[];
  /** Candidates with an unknown value in one of the grouping's attributes. */
  readonly unknown: number;
}

interface Accumulator {
  values: string[];
  stages: Map<string, { n: number; selected: number }>;
  requisitions: Map<string, Map<string, { n: number; selected: number }>>;
  label:
    | {
        tp: number;
        fp: number;
        tn: number;
        fn: number;
        unlabelledSelected: number;
        unlabelledRejected: number;
      }
    | undefined;
  score:
    | { scored: number; sum: number; sumSquares: number; aboveMedian: number; aboveCuts: number[] }
    | undefined;
}

const NO_STAGE = "";

/**
 * Sums the cells of each group of one grouping (a set of attribute positions). Cells with an unknown
 * value in any of those attributes go to `unknown`. With a stage order, a group's counts are its
 * bottom line: candidates at the first stage and selections at the last.
 */
export function tallyGrouping(
  cells: readonly DecisionCell[],
  positions: readonly number[],
  stageOrder: readonly string[] | null,
): GroupingTally {
  const groups = new Map<string, Accumulator>();
  const unknownStages = new Map<string, { n: number; selected: number }>();
  const lastStage = stageOrder ? stageOrder[stageOrder.length - 1] : undefined;
  for (const cell of cells) {
    const isFinalStage = lastStage === undefined || cell.stage === lastStage;
    const values: string[] = [];
    let unknown = false;
    for (const p of positions) {
      const v = cell.values[p];
      if (v === null || v === undefined) unknown = true;
      else values.push(v);
    }
    const stage = cell.stage ?? NO_STAGE;
    if (unknown) {
      add(unknownStages, stage, cell);
      continue;
    }
    const id = values.join("\u0000");
    let acc = groups.get(id);
    if (!acc) {
      acc = { values, stages: new Map(), requisitions: new Map(), label: undefined, score: undefined };
      groups.set(id, acc);
    }
    add(acc.stages, stage, cell);
    if (cell.requisition !== null) {
      let byStage = acc.requisitions.get(cell.requisition);
      if (!byStage) {
        byStage = new Map();
        acc.requisitions.set(cell.requisition, byStage);
      }
      add(byStage, stage, cell);
    }
    if (cell.label) {
      acc.label ??= { tp: 0, fp: 0, tn: 0, fn: 0, unlabelledSelected: 0, unlabelledRejected: 0 };
      const l = acc.label;
      // The bottom line, as for the counts: a rejection ends a candidate's path at any stage, a
      // selection only counts at the last stage (earlier ones just advance the candidate).
      if (isFinalStage) {
        l.tp += cell.label.tp;
        l.fp += cell.label.fp;
        l.unlabelledSelected += cell.label.unlabelledSelected;
      }
      l.unlabelledRejected += cell.label.unlabelledRejected;
      l.tn += cell.label.tn;
      l.fn += cell.label.fn;
    }
    if (cell.score) {
      acc.score ??= {
        scored: 0,
        sum: 0,
        sumSquares: 0,
        aboveMedian: 0,
        aboveCuts: cell.score.aboveCuts.map(() => 0),
      };
      const s = acc.score;
      s.scored += cell.score.scored;
      s.sum += cell.score.sum;
      s.sumSquares += cell.score.sumSquares;
      s.aboveMedian += cell.score.aboveMedian;
      cell.score.aboveCuts.forEach((c, i) => {
        s.aboveCuts[i] = (s.aboveCuts[i] ?? 0) + c;
      });
    }
  }
  const order = stageOrder ?? [NO_STAGE];
  const result: GroupTally[] = [];
  for (const acc of groups.values()) {
    const requisitions = new Map<string, Counts>();
    for (const [r, byStage] of acc.requisitions) requisitions.set(r, bottomLine(byStage, order));
    result.push({
      values: acc.values,
      counts: bottomLine(acc.stages, order),
      stages: stageOrder
        ? new Map(order.map((s) => [s, acc.stages.get(s) ?? { n: 0, selected: 0 }]))
        : new Map(),
      requisitions,
      label: acc.label,
      score: acc.score,
    });
  }
  result.sort((a, b) => compareValues(a.values, b.values));
  return { groups: result, unknown: bottomLine(unknownStages, order).n };
}

function add(map: Map<string, { n: number; selected: number }>, stage: string, cell: DecisionCell): void {
  const c = map.get(stage);
  if (c) {
    c.n += cell.n;
    c.selected += cell.selected;
  } else map.set(stage, { n: cell.n, selected: cell.selected });
}

function bottomLine(byStage: ReadonlyMap<string, Counts>, order: readonly string[]): Counts {
  const first = byStage.get(order[0] ?? NO_STAGE);
  const last = byStage.get(order[order.length - 1] ?? NO_STAGE);
  return { n: first?.n ?? 0, selected: last?.selected ?? 0 };
}

/** Stable, locale-independent order of group keys. */
export function compareValues(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
