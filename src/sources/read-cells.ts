import { cutGrid } from "../core/audit/cut-grid.ts";
import type { DecisionCell, DecisionCells } from "../core/audit/decision-cells.ts";
import { DecisionLogError } from "./decision-log-error.ts";
import type { QueryRunner, SourceLabel } from "./query-runner.ts";
import {
  type CellQueryPlan,
  cellQuery,
  distinctSampleQuery,
  type InvalidValueProblem,
  invalidRowsQuery,
  scoreSummaryQuery,
} from "./sql/cell-query.ts";

export interface ReadCellsOptions {
  /** A protected attribute with more distinct values than this in the first rows is refused. Default 1000. */
  readonly maxGroups?: number;
  /** Called with phase names as the reading goes on. */
  readonly onPhase?: (phase: "checking" | "score" | "aggregating") => void;
}

const SAMPLE_ROWS = 100_000;

/**
 * Reduces a decision log to its cells with at most three queries: a check of the first rows for an
 * identifier chosen as a group, the score's median and cut grid (only with a score), and the cells.
 * Unreadable values are found in the same pass as the cells, then located for the message.
 */
export async function readCells(
  runner: QueryRunner,
  plan: CellQueryPlan,
  source: SourceLabel,
  options: ReadCellsOptions = {},
): Promise<DecisionCells> {
  const c = plan.columns;
  options.onPhase?.("checking");
  const sample = await checkDistinct(runner, plan, source, options.maxGroups ?? 1000);
  if (c.score !== undefined && sample.scoreValues <= SCORE_KEY_LIMIT) {
    options.onPhase?.("aggregating");
    const rows = await runner.all(cellQuery(plan, undefined, { byScore: true }));
    if (rows.some((r) => num(r.bad_score) > 0)) {
      await failOn(
        runner,
        plan,
        source,
        "score",
        rows.reduce((t, r) => t + num(r.bad_score), 0),
      );
    }
    return cellsFrom(runner, plan, source, mergeScoreRows(rows, c.protected.length));
  }
  let score: DecisionCells["score"];
  if (c.score !== undefined) {
    options.onPhase?.("score");
    const [row] = await runner.all(scoreSummaryQuery(plan));
    if (row && num(row.bad) > 0) await failOn(runner, plan, source, "score", num(row.bad));
    const scored = num(row?.scored);
    if (scored > 0) {
      const median = num(row?.median);
      const cuts = cutGrid(num(row?.min), num(row?.max));
      score = { median, center: median, cuts, scored };
    }
  }
  options.onPhase?.("aggregating");
  const rows = await runner.all(cellQuery(plan, score));
  return cellsFrom(runner, plan, source, { rows, score });
}

/** Scores with at most this many distinct values in the sample are grouped by value (one pass). */
const SCORE_KEY_LIMIT = 5000;

interface CellRows {
  readonly rows: Record<string, unknown>[];
  readonly score: DecisionCells["score"];
}

/**
 * Rows grouped by cell and score value, merged into cells: the exact median of all scored rows (the
 * mean of the two middle values, as quantile_cont), the cut grid, and per cell the centred sums and the
 * counts above the median and above each cut.
 */
function mergeScoreRows(rows: Record<string, unknown>[], attributes: number): CellRows {
  const values = new Map<number, number>();
  for (const r of rows) {
    if (r.s === null || r.s === undefined) continue;
    const s = num(r.s);
    values.set(s, (values.get(s) ?? 0) + num(r.n));
  }
  const sorted = [...values.entries()].sort((a, b) => a[0] - b[0]);
  const scored = sorted.reduce((t, [, n]) => t + n, 0);
  if (scored === 0) return { rows: rows.map(({ s: _s, ...rest }) => rest), score: undefined };
  const at = (position: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (position < seen) return value;
    }
    return (sorted[sorted.length - 1] as [number, number])[0];
  };
  const median = (at(Math.floor((scored - 1) / 2)) + at(Math.ceil((scored - 1) / 2))) / 2;
  const cuts = cutGrid(
    (sorted[0] as [number, number])[0],
    (sorted[sorted.length - 1] as [number, number])[0],
  );
  const cells = new Map<string, Record<string, unknown>>();
  const keyFields = [...Array.from({ length: attributes }, (_, i) => `g${i}`), "st", "rq"];
  const countFields = [
    "n",
    "selected",
    "bad_outcome",
    "tp",
    "fp",
    "tn",
    "fn",
    "unlabelled_selected",
    "unlabelled_rejected",
    "bad_label",
    "bad_date",
  ];
  // A fixed order, so the floating-point sums are the same whatever order the engine returned.
  const ordered = rows
    .map((r) => ({
      r,
      key: JSON.stringify(keyFields.map((k) => r[k] ?? null)),
      s: r.s === null || r.s === undefined ? -Infinity : num(r.s),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.s - b.s));
  for (const { r, key } of ordered) {
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        ...Object.fromEntries(keyFields.filter((k) => k in r).map((k) => [k, r[k]])),
        scored: 0,
        ssum: 0,
        ssq: 0,
        above_median: 0,
      };
      cuts.forEach((_, k) => {
        (cell as Record<string, unknown>)[`above_${k}`] = 0;
      });
      for (const f of countFields) if (f in r) cell[f] = 0;
      cells.set(key, cell);
    }
    const target = cell;
    for (const f of countFields) if (f in r) target[f] = num(target[f]) + num(r[f]);
    if (
      "first_date" in r &&
      r.first_date !== null &&
      (target.first_date === undefined || String(r.first_date) < String(target.first_date))
    ) {
      target.first_date = r.first_date;
    }
    if (
      "last_date" in r &&
      r.last_date !== null &&
      (target.last_date === undefined || String(r.last_date) > String(target.last_date))
    ) {
      target.last_date = r.last_date;
    }
    if (r.s === null || r.s === undefined) continue;
    const s = num(r.s);
    const n = num(r.n);
    const d = s - median;
    target.scored = num(target.scored) + n;
    target.ssum = num(target.ssum) + d * n;
    target.ssq = num(target.ssq) + d * d * n;
    if (s > median) target.above_median = num(target.above_median) + n;
    cuts.forEach((cut, k) => {
      if (s > cut) target[`above_${k}`] = num(target[`above_${k}`]) + n;
    });
  }
  return { rows: [...cells.values()], score: { median, center: median, cuts, scored } };
}

async function cellsFrom(
  runner: QueryRunner,
  plan: CellQueryPlan,
  source: SourceLabel,
  { rows, score }: CellRows,
): Promise<DecisionCells> {
  const c = plan.columns;
  const total = (field: string) => rows.reduce((s, r) => s + num(r[field]), 0);
  if (total("bad_outcome") > 0) await failOn(runner, plan, source, "outcome", total("bad_outcome"));
  if (c.label !== undefined && total("bad_label") > 0)
    await failOn(runner, plan, source, "label", total("bad_label"));
  if (c.stage !== undefined && rows.some((r) => r.st === null))
    await failOn(runner, plan, source, "stage", 0);
  if (c.date !== undefined && total("bad_date") > 0)
    await failOn(runner, plan, source, "date", total("bad_date"));
  if (c.requisition !== undefined && rows.some((r) => r.rq === null)) {
    await failOn(runner, plan, source, "requisition", 0);
  }
  const n = total("n");
  if (n === 0)
    throw new DecisionLogError("no-data-rows", { source: source.name }, `${source.name}: no data rows`);
  const cells: DecisionCell[] = rows.map((r) => ({
    values: c.protected.map((_, i) => (r[`g${i}`] ?? null) as string | null),
    stage: c.stage !== undefined ? (r.st as string) : null,
    requisition: c.requisition !== undefined ? (r.rq as string) : null,
    n: num(r.n),
    selected: num(r.selected),
    ...(c.label !== undefined
      ? {
          label: {
            tp: num(r.tp),
            fp: num(r.fp),
            tn: num(r.tn),
            fn: num(r.fn),
            unlabelledSelected: num(r.unlabelled_selected),
            unlabelledRejected: num(r.unlabelled_rejected),
          },
        }
      : {}),
    ...(score
      ? {
          score: {
            scored: num(r.scored),
            sum: num(r.ssum),
            sumSquares: num(r.ssq),
            aboveMedian: num(r.above_median),
            aboveCuts: score.cuts.map((_, k) => num(r[`above_${k}`])),
          },
        }
      : {}),
  }));
  const dates = (field: string) =>
    rows.flatMap((r) => (typeof r[field] === "string" ? [r[field] as string] : [])).sort();
  const first = dates("first_date")[0];
  const last = dates("last_date").at(-1);
  return {
    attributes: [...c.protected],
    rows: n,
    cells,
    ...(first !== undefined && last !== undefined ? { period: { first, last } } : {}),
    ...(score ? { score } : {}),
    hasLabel: c.label !== undefined,
    hasStage: c.stage !== undefined,
    hasRequisition: c.requisition !== undefined,
  };
}

async function checkDistinct(
  runner: QueryRunner,
  plan: CellQueryPlan,
  source: SourceLabel,
  maxGroups: number,
): Promise<{ scoreValues: number }> {
  const [row] = await runner.all(distinctSampleQuery(plan, SAMPLE_ROWS));
  const sampleRows = num(row?.sample_rows);
  if (sampleRows === 0)
    throw new DecisionLogError("no-data-rows", { source: source.name }, `${source.name}: no data rows`);
  plan.columns.protected.forEach((column, i) => {
    const distinct = num(row?.[`d${i}`]);
    const tooMany = distinct > maxGroups || (sampleRows >= 200 && distinct > 0.5 * sampleRows);
    if (tooMany) {
      throw new DecisionLogError(
        "likely-identifier",
        { source: source.name, column, distinct, rows: sampleRows },
        `${source.name}: column ${column} has ${distinct} distinct values in ${sampleRows} rows; it looks like an identifier, not a group`,
      );
    }
  });
  return { scoreValues: num(row?.d_score) };
}

async function failOn(
  runner: QueryRunner,
  plan: CellQueryPlan,
  source: SourceLabel,
  problem: InvalidValueProblem,
  count: number,
): Promise<never> {
  const [first] = await runner.all(invalidRowsQuery(plan, problem));
  const rowNumber = first?.r === null || first?.r === undefined ? undefined : num(first.r);
  const line = rowNumber !== undefined && source.lineOf ? await source.lineOf(rowNumber) : undefined;
  const column = plan.columns[problem] as string;
  const value = first?.raw === null || first?.raw === undefined ? "" : String(first.raw);
  const code =
    problem === "stage" || problem === "requisition"
      ? "missing-value"
      : (`invalid-${problem}` as "invalid-outcome" | "invalid-label" | "invalid-score" | "invalid-date");
  const where = line !== undefined ? ` line ${line}` : "";
  throw new DecisionLogError(
    code,
    {
      source: source.name,
      column,
      value,
      ...(line !== undefined ? { line } : {}),
      ...(count > 0 ? { count } : {}),
    },
    `${source.name}${where}: column ${column}: ${value === "" ? "empty value" : `unreadable value "${value}"`}`,
  );
}

/** Numbers arrive as numbers, bigints or numeric strings depending on the driver. */
export function num(x: unknown): number {
  if (typeof x === "number") return x;
  if (typeof x === "bigint") return Number(x);
  if (typeof x === "string") return Number(x);
  return 0;
}
