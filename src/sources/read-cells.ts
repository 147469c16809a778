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
  await checkDistinct(runner, plan, source, options.maxGroups ?? 1000);
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
) {
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
