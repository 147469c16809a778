import { chiSquareTest } from "../stats/chi-square-test.ts";
import { benjaminiHochberg, holm } from "../stats/p-adjust.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { type AuditOptions, resolveAuditOptions } from "./audit-options.ts";
import type {
  AuditFindings,
  AuditReport,
  AuditWarning,
  ErrorRates,
  GroupingResult,
  GroupKey,
  GroupResult,
  ResolvedAuditOptions,
  ScoringResult,
  StageFigures,
} from "./audit-report.ts";
import type { DecisionCells } from "./decision-cells.ts";
import { errorRates } from "./error-rates.ts";
import { type Figure, figure, undefinedFigure } from "./figure.ts";
import { type Counts, type GroupingTally, type GroupTally, tallyGrouping } from "./group-tally.ts";
import { chooseReference } from "./reference-group.ts";
import { cutCurve, scoringRate, scoringResult } from "./scoring.ts";
import { compareSelection, impactRatioFigure } from "./selection-comparison.ts";
import { resolveStageOrder } from "./stage-order.ts";
import { stratifiedComparison } from "./stratified-comparison.ts";
import { groupId, type SuppressionReason, suppressSmallGroups } from "./suppression.ts";

/**
 * Audits a decision log, given as its cells, for adverse impact: every protected attribute alone and
 * every requested intersection, each group against a reference group, with the statistics a court or a
 * regulator would accept (PRODUCT.md module 1a). Pure and deterministic: the same cells in any order
 * give the same report.
 */
export function audit(log: DecisionCells, options: AuditOptions): AuditReport {
  const opts = resolveAuditOptions(log.attributes, options);
  const stageOrder = log.hasStage ? resolveStageOrder(log.cells, opts.stageOrder) : null;
  const groupings = [...opts.protected.map((a) => [a]), ...opts.intersections];
  const positions = (attributes: readonly string[]) => attributes.map((a) => log.attributes.indexOf(a));
  const tallies = groupings.map((g) => tallyGrouping(log.cells, positions(g), stageOrder));
  const hidden = suppressSmallGroups(
    tallies.map((t, i) => ({
      attributes: groupings[i] as string[],
      groups: t.groups.map((g) => ({ values: g.values, n: g.counts.n })),
    })),
    opts.minGroup,
  );
  const stageHidden = new Map<string, Map<string, SuppressionReason>[]>();
  for (const stage of stageOrder ?? []) {
    stageHidden.set(
      stage,
      suppressSmallGroups(
        tallies.map((t, i) => ({
          attributes: groupings[i] as string[],
          groups: t.groups.map((g) => ({ values: g.values, n: g.stages.get(stage)?.n ?? 0 })),
        })),
        // A stage's total can be worked out (from the rows of the log, or from the previous stage's
        // selections), so it counts as shown.
        opts.minGroup,
      ),
    );
  }
  const warnings: AuditWarning[] = [];
  const built = groupings.map((attributes, i) =>
    buildGrouping(attributes, tallies[i] as GroupingTally, {
      log,
      opts,
      hidden: hidden[i] as Map<string, SuppressionReason>,
      stageOrder,
      stageHidden: (stage) => stageHidden.get(stage)?.[i] ?? new Map(),
      warnings,
    }),
  );
  const adjusted = adjustPValues(built, opts.alpha);
  const overallTally = tallyGrouping(log.cells, [], stageOrder).groups[0];
  const overall = overallTally?.counts ?? { n: 0, selected: 0 };
  return {
    schema: "aware.audit/1",
    rows: log.rows,
    options: opts,
    overall: { n: overall.n, selected: overall.selected, selectionRate: rateFigure(overall, opts.level) },
    stages: stageOrder,
    score: log.score ? { median: log.score.median, scored: log.score.scored } : null,
    period: log.period ?? null,
    groupings: adjusted,
    findings: findingsOf(adjusted),
    warnings,
  };
}

/** A most-selected reference under this share of the grouping's candidates gets a warning. */
const SMALL_REFERENCE_SHARE = 0.02;

interface BuildContext {
  readonly log: DecisionCells;
  readonly opts: ResolvedAuditOptions;
  readonly hidden: ReadonlyMap<string, SuppressionReason>;
  readonly stageOrder: readonly string[] | null;
  readonly stageHidden: (stage: string) => ReadonlyMap<string, SuppressionReason>;
  readonly warnings: AuditWarning[];
}

function buildGrouping(
  attributes: readonly string[],
  tally: GroupingTally,
  ctx: BuildContext,
): GroupingResult {
  const { opts, log } = ctx;
  const grouping = attributes.join(" × ");
  const keyOf = (g: GroupTally): GroupKey =>
    Object.fromEntries(attributes.map((a, i) => [a, g.values[i] as string]));
  const known = tally.groups.reduce((s, g) => s + g.counts.n, 0);
  const pool: Counts = { n: known, selected: tally.groups.reduce((s, g) => s + g.counts.selected, 0) };
  const isHidden = (g: GroupTally) => ctx.hidden.has(groupId(g.values));
  const isExcluded = (g: GroupTally) =>
    opts.excludeBelow !== null && !isHidden(g) && known > 0 && g.counts.n / known < opts.excludeBelow;
  const eligible = tally.groups.filter((g) => !isHidden(g) && !isExcluded(g));
  const choice = chooseReference(attributes, eligible, tally.groups, opts.reference, ctx.warnings);
  const reference = choice.rule === "none" ? undefined : choice.group;
  const referenceHasSelections = reference !== undefined && reference.counts.selected > 0;

  const scoringRef = log.score
    ? chooseScoringReference(choice.rule === "named" ? reference : undefined, eligible, opts.minGroup)
    : undefined;

  if (tally.unknown > 0)
    ctx.warnings.push({ code: "unknown-values", params: { grouping, count: tally.unknown } });
  const suppressedCount = tally.groups.filter(isHidden).length;
  if (suppressedCount > 0) {
    ctx.warnings.push({
      code: "groups-suppressed",
      params: { grouping, count: suppressedCount, minGroup: opts.minGroup },
    });
  }
  if (choice.rule === "none") ctx.warnings.push({ code: "no-reference", params: { grouping } });
  else if (!referenceHasSelections) {
    ctx.warnings.push({ code: "reference-without-selections", params: { grouping } });
  } else if (choice.rule === "most-selected" && reference.counts.n < SMALL_REFERENCE_SHARE * known) {
    // LL144 § 5-301(d) lets an auditor exclude categories under 2 % for exactly this reason: a tiny
    // most-selected group makes every other ratio small and unstable.
    ctx.warnings.push({
      code: "small-reference",
      params: {
        grouping,
        reference: Object.values(keyOf(reference)).join(" × "),
        n: reference.counts.n,
        share: formatShare(reference.counts.n / known),
      },
    });
  }

  const groups: GroupResult[] = tally.groups.map((g) => {
    const key = keyOf(g);
    const reason = ctx.hidden.get(groupId(g.values));
    if (reason) return suppressedGroup(key, reason, opts.minGroup);
    const isReference = g === reference;
    const base = {
      key,
      isReference,
      n: g.counts.n,
      selected: g.counts.selected,
      selectionRate: rateFigure(g.counts, opts.level),
      ...(log.score
        ? scoringFields(
            scoringResult(g.score, scoringRef?.score, log.score, {
              minGroup: opts.minGroup,
              level: opts.level,
              isReference: g === scoringRef,
            }),
          )
        : {}),
      ...(log.hasLabel && g.label
        ? errorRateFields(errorRates(g.label, reference?.label, { minGroup: opts.minGroup, isReference }))
        : {}),
      ...(ctx.stageOrder ? stageFigures(g, reference, isExcluded(g), ctx) : {}),
    };
    if (isExcluded(g)) {
      return {
        ...base,
        status: "excluded" as const,
        reason: `excluded from impact ratios: ${formatShare(g.counts.n / known)} of candidates, below ${formatShare(opts.excludeBelow ?? 0)}`,
        ...noComparison(undefinedFigure("excluded from impact ratios (below the exclusion share)")),
      };
    }
    if (isReference) {
      return {
        ...base,
        status: "ok" as const,
        ...noComparison(undefinedFigure("this is the reference group")),
      };
    }
    if (!reference || !referenceHasSelections) {
      const why = reference ? "the reference group has no selections" : "no reference group";
      return { ...base, status: "undefined" as const, reason: why, ...noComparison(undefinedFigure(why)) };
    }
    const comparison = compareSelection(g.counts, reference.counts, pool, { level: opts.level });
    const stratified = log.hasRequisition
      ? stratifiedComparison(g.requisitions, reference.requisitions)
      : undefined;
    if (stratified?.simpson) {
      ctx.warnings.push({ code: "simpson", params: { grouping, group: Object.values(key).join(" × ") } });
    }
    return {
      ...base,
      status: "ok" as const,
      ...comparison,
      // Filled in once every comparison of the report is known (Holm and BH need them all).
      pAdjusted: { holm: Number.NaN, bh: Number.NaN },
      significant: null,
      ...(stratified ? { stratified } : {}),
    };
  });

  const shownRows = tally.groups
    .filter((g) => !isHidden(g) && g.counts.n > 0)
    .map((g) => [g.counts.selected, g.counts.n - g.counts.selected]);
  const chi = chiSquareTest(shownRows, { yates: false });
  return {
    attributes: [...attributes],
    unknown: tally.unknown,
    reference: reference ? keyOf(reference) : null,
    referenceRule: choice.rule,
    ...(choice.rule === "none" ? { referenceReason: choice.reason } : {}),
    scoringReference: scoringRef ? keyOf(scoringRef) : null,
    excluded: tally.groups.filter(isExcluded).map((g) => ({
      key: keyOf(g),
      n: g.counts.n,
      share: g.counts.n / known,
      selectionRate: rateFigure(g.counts, opts.level),
      reason: `fewer than ${formatShare(opts.excludeBelow ?? 0)} of the candidates with a known value (LL144 § 5-301(d))`,
    })),
    suppressed: suppressedCount,
    groups,
    chiSquare:
      chi.status === "ok"
        ? {
            status: "ok",
            method: `chi-square (${shownRows.length}×2)`,
            statistic: chi.statistic,
            df: chi.df,
            pValue: chi.pValue,
          }
        : chi,
    ...(log.score
      ? {
          cutCurve: cutCurve(
            eligible.map((g) => ({ key: keyOf(g), sums: g.score })),
            log.score,
            opts.minGroup,
          ),
        }
      : {}),
  };
}

/** The scoring rate and its ratio on the group itself, the rest under `scoring` (the JSON contract). */
function scoringFields(s: ScoringResult) {
  const { scoringRate, scoringImpactRatio, ...scoring } = s;
  return { scoringRate, scoringImpactRatio, scoring };
}

/** The error rates on the group itself, their ratios under `errorRates` (the JSON contract). */
function errorRateFields(e: ErrorRates) {
  const { rates, ...errorRates } = e;
  return { ...rates, errorRates };
}

function chooseScoringReference(
  named: GroupTally | undefined,
  eligible: readonly GroupTally[],
  minGroup: number,
): GroupTally | undefined {
  if (named && scoringRate(named.score, minGroup).status === "ok") return named;
  let best: GroupTally | undefined;
  let bestRate = -1;
  for (const g of eligible) {
    const r = scoringRate(g.score, minGroup);
    if (r.status !== "ok") continue;
    if (
      r.value > bestRate ||
      (r.value === bestRate && best && (g.score?.scored ?? 0) > (best.score?.scored ?? 0))
    ) {
      best = g;
      bestRate = r.value;
    }
  }
  return best;
}

function stageFigures(
  g: GroupTally,
  reference: GroupTally | undefined,
  excluded: boolean,
  ctx: BuildContext,
) {
  const stages: StageFigures[] = (ctx.stageOrder ?? []).map((stage) => {
    const c = g.stages.get(stage) ?? { n: 0, selected: 0 };
    const hiddenReason = ctx.stageHidden(stage).get(groupId(g.values));
    if (hiddenReason) {
      return {
        stage,
        status: "suppressed" as const,
        n: null,
        selected: null,
        selectionRate: undefinedFigure(suppressionText(hiddenReason, ctx.opts.minGroup)),
        impactRatio: undefinedFigure(suppressionText(hiddenReason, ctx.opts.minGroup)),
      };
    }
    const r = reference?.stages.get(stage);
    const referenceHidden = reference ? ctx.stageHidden(stage).has(groupId(reference.values)) : true;
    const impactRatio =
      g === reference
        ? undefinedFigure("this is the reference group")
        : excluded
          ? undefinedFigure("excluded from impact ratios (below the exclusion share)")
          : !r || referenceHidden
            ? undefinedFigure("the reference group is not shown at this stage")
            : impactRatioFigure(
                { selectedA: c.selected, totalA: c.n, selectedB: r.selected, totalB: r.n },
                ctx.opts.level,
              );
    return {
      stage,
      status: "ok" as const,
      n: c.n,
      selected: c.selected,
      selectionRate: rateFigure(c, ctx.opts.level),
      impactRatio,
    };
  });
  // A group's candidates at stage k+1 are its selections at stage k: when stage k+1 is hidden, so are
  // the selections (and the rate and ratio) of stage k, or the hidden count could be read off there.
  for (let k = 0; k + 1 < stages.length; k++) {
    const current = stages[k] as StageFigures;
    if (stages[k + 1]?.status !== "suppressed" || current.status === "suppressed") continue;
    const reason = "hidden because the next stage is too small to show";
    stages[k] = {
      ...current,
      selected: null,
      selectionRate: undefinedFigure(reason),
      impactRatio: undefinedFigure(reason),
    };
  }
  let gapStage: string | null = null;
  let lowest = 1;
  for (const s of stages) {
    if (s.impactRatio.status === "ok" && s.impactRatio.value < lowest) {
      lowest = s.impactRatio.value;
      gapStage = s.stage;
    }
  }
  return { stages, gapStage };
}

function suppressedGroup(key: GroupKey, reason: SuppressionReason, minGroup: number): GroupResult {
  const text = suppressionText(reason, minGroup);
  return {
    key,
    status: "suppressed",
    reason: text,
    isReference: false,
    n: null,
    selected: null,
    selectionRate: undefinedFigure(text),
    ...noComparison(undefinedFigure(text)),
  };
}

function suppressionText(reason: SuppressionReason, minGroup: number): string {
  return reason === "small"
    ? `suppressed: fewer than ${minGroup} candidates`
    : "suppressed so that a smaller group cannot be recovered by subtraction";
}

function noComparison(impactRatio: Figure) {
  return {
    impactRatio,
    belowFourFifths: null,
    fisher: null,
    zTest: null,
    chiSquare: null,
    pAdjusted: null,
    significant: null,
    shortfall: null,
    onePersonFlips: null,
    oddsRatio: null,
    cohensH: null,
  };
}

function rateFigure(c: Counts, level: number): Figure {
  if (c.n === 0) return undefinedFigure("no candidates");
  return figure(c.selected / c.n, wilsonInterval(c.selected, c.n, { level }));
}

function formatShare(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** Holm and Benjamini–Hochberg over every Fisher comparison in the report (one family). */
function adjustPValues(groupings: readonly GroupingResult[], alpha: number): GroupingResult[] {
  const raw: number[] = [];
  for (const g of groupings) {
    for (const r of g.groups) if (r.fisher && r.fisher.status === "ok") raw.push(r.fisher.pValue);
  }
  const h = holm(raw);
  const b = benjaminiHochberg(raw);
  let i = 0;
  return groupings.map((g) => ({
    ...g,
    groups: g.groups.map((r) => {
      if (r.fisher?.status !== "ok") return r;
      const holmP = h[i] as number;
      const bhP = b[i] as number;
      i++;
      return { ...r, pAdjusted: { holm: holmP, bh: bhP }, significant: holmP < alpha };
    }),
  }));
}

function findingsOf(groupings: readonly GroupingResult[]): AuditFindings {
  let below = 0;
  let significant = 0;
  let both = 0;
  let comparisons = 0;
  for (const g of groupings) {
    for (const r of g.groups) {
      if (r.fisher) comparisons++;
      if (r.belowFourFifths) below++;
      if (r.significant) significant++;
      if (r.belowFourFifths && r.significant) both++;
    }
  }
  return { belowFourFifths: below, significant, belowFourFifthsAndSignificant: both, comparisons };
}
