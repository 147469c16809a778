import { cutGrid } from "./cut-grid.ts";
import type { DecisionCells, ScoreSummary } from "./decision-cells.ts";

/** One candidate (per stage) as a JavaScript object: for logs already in memory, and for tests. */
export interface DecisionRow {
  readonly selected: boolean;
  /** Attribute values by name; null, undefined or blank text means unknown. */
  readonly attributes: Readonly<Record<string, string | null | undefined>>;
  readonly score?: number | null;
  readonly label?: boolean | null;
  readonly stage?: string;
  readonly requisition?: string;
  /** ISO date (YYYY-MM-DD…) of the decision. */
  readonly date?: string;
}

export interface CellsFromRowsOptions {
  readonly attributes: readonly string[];
  readonly hasLabel?: boolean;
  readonly hasStage?: boolean;
  readonly hasRequisition?: boolean;
}

/**
 * Reduces rows in memory to cells with the same meaning as the SQL push-down of `src/sources`, so an
 * audit of a small log in the browser gives the same figures as one of a file via DuckDB.
 */
export function cellsFromRows(rows: readonly DecisionRow[], options: CellsFromRowsOptions): DecisionCells {
  const scores = rows.flatMap((r) => (typeof r.score === "number" ? [r.score] : [])).sort((a, b) => a - b);
  const summary = scores.length > 0 ? scoreSummary(scores) : undefined;
  const cells = new Map<string, MutableCell>();
  for (const row of rows) {
    const values = options.attributes.map((a) => {
      const v = row.attributes[a];
      return v === null || v === undefined || v.trim() === "" ? null : v.trim();
    });
    const stage = options.hasStage ? (row.stage ?? null) : null;
    const requisition = options.hasRequisition ? (row.requisition ?? null) : null;
    const id = JSON.stringify([values, stage, requisition]);
    let cell = cells.get(id);
    if (!cell) {
      cell = {
        values,
        stage,
        requisition,
        n: 0,
        selected: 0,
        ...(options.hasLabel
          ? { label: { tp: 0, fp: 0, tn: 0, fn: 0, unlabelledSelected: 0, unlabelledRejected: 0 } }
          : {}),
        ...(summary
          ? {
              score: {
                scored: 0,
                sum: 0,
                sumSquares: 0,
                aboveMedian: 0,
                aboveCuts: summary.cuts.map(() => 0),
              },
            }
          : {}),
      };
      cells.set(id, cell);
    }
    cell.n++;
    if (row.selected) cell.selected++;
    if (cell.label) {
      if (row.label === null || row.label === undefined) {
        if (row.selected) cell.label.unlabelledSelected++;
        else cell.label.unlabelledRejected++;
      } else if (row.selected && row.label) cell.label.tp++;
      else if (row.selected) cell.label.fp++;
      else if (row.label) cell.label.fn++;
      else cell.label.tn++;
    }
    if (cell.score && summary && typeof row.score === "number") {
      const d = row.score - summary.center;
      cell.score.scored++;
      cell.score.sum += d;
      cell.score.sumSquares += d * d;
      if (row.score > summary.median) cell.score.aboveMedian++;
      summary.cuts.forEach((cut, k) => {
        if (row.score !== null && row.score !== undefined && row.score > cut) {
          cell.score!.aboveCuts[k]!++;
        }
      });
    }
  }
  const dates = rows.flatMap((r) => (r.date ? [r.date.slice(0, 10)] : [])).sort();
  return {
    attributes: [...options.attributes],
    rows: rows.length,
    ...(dates.length > 0
      ? { period: { first: dates[0] as string, last: dates[dates.length - 1] as string } }
      : {}),
    cells: [...cells.values()],
    ...(summary ? { score: summary } : {}),
    hasLabel: options.hasLabel ?? false,
    hasStage: options.hasStage ?? false,
    hasRequisition: options.hasRequisition ?? false,
  };
}

interface MutableCell {
  values: (string | null)[];
  stage: string | null;
  requisition: string | null;
  n: number;
  selected: number;
  label?: {
    tp: number;
    fp: number;
    tn: number;
    fn: number;
    unlabelledSelected: number;
    unlabelledRejected: number;
  };
  score?: { scored: number; sum: number; sumSquares: number; aboveMedian: number; aboveCuts: number[] };
}

/** Median (mean of the two middle values, as quantile_cont and percentile_cont) and the cut grid. */
function scoreSummary(sorted: readonly number[]): ScoreSummary {
  const n = sorted.length;
  const mid = (n - 1) / 2;
  const median = ((sorted[Math.floor(mid)] as number) + (sorted[Math.ceil(mid)] as number)) / 2;
  return { median, center: median, cuts: cutGrid(sorted[0] as number, sorted[n - 1] as number), scored: n };
}
