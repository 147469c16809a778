import { normalQuantile } from "../stats/normal.ts";
import { buildConditionSpace, ruleConditions } from "./condition-space.ts";
import { note } from "./discovery-note.ts";
import { resolveSubgroupOptions, type SubgroupOptions } from "./discovery-options.ts";
import type { DiscoveryResult, Stability } from "./discovery-result.ts";
import { discoveryRun } from "./discovery-run.ts";
import type { DiscoveryTable } from "./discovery-table.ts";
import { holdoutSplit } from "./holdout-split.ts";
import { text } from "./localized-text.ts";
import { prepareTable } from "./prepare-table.ts";
import { type FoundGroup, reportClusters } from "./report-clusters.ts";
import { bootstrapWeights, deriveSeed, seededRandom } from "./seeded-random.ts";
import { overlap, type SelectedGroup, type SelectionSettings, selectSubgroups } from "./select-subgroups.ts";
import { makeRule, ruleMembers } from "./subgroup-rule.ts";
import { SubgroupSearch } from "./subgroup-search.ts";

/** Level of the test that keeps a condition in a rule (before dividing by the conditions tried). */
export const REFINEMENT_ALPHA = 0.05;

/**
 * Subgroup discovery, Aware's primary method for finding disadvantaged groups without protected data:
 * readable rules ("gap_months ≥ 12 and hours_per_week ≤ 24") chosen by the outcome, found on one half
 * of the rows and tested on the other.
 *
 * 1. prepare: check and encode the table (prepare-table.ts); split the rows with an outcome, seeded.
 * 2. search: beam search over conjunctions of binned conditions on the search half
 *    (subgroup-search.ts), then keep the best non-redundant groups (select-subgroups.ts).
 * 3. stability: repeat 2 on bootstrap resamples of the search half; a group is found again when a
 *    resample's selection holds a group with member overlap (Jaccard) ≥ STABILITY_JACCARD. The bins are
 *    those of the search half, so stability measures the choice of groups, not of bin edges.
 * 4. test: every reported group on the held-out half, Holm over all of them (report-clusters.ts).
 *
 * A condition stays in a rule only when the rows it removes are better off than those it keeps, by a
 * one-sided z-test at REFINEMENT_ALPHA divided by the number of conditions tried (Bonferroni: the
 * condition was picked as the best of them), on the search half (select-subgroups.ts).
 *
 * Streams of randomness: the split uses deriveSeed(seed, 0), resample b uses deriveSeed(seed, 1 + b).
 */
export function discoverSubgroups(table: DiscoveryTable, options: SubgroupOptions = {}): DiscoveryResult {
  const resolved = resolveSubgroupOptions(options);
  const progress = options.onProgress ?? (() => {});
  progress({ phase: "prepare", done: 0 });
  const prepared = prepareTable(table);
  const split = holdoutSplit(
    prepared.used,
    resolved.searchFraction,
    seededRandom(deriveSeed(resolved.seed, 0)),
  );
  const space = buildConditionSpace(prepared, split.search, resolved.bins);
  const y = Float64Array.from(split.search, (i) => prepared.outcome[i]!);
  const searchSettings = {
    minCount: Math.max(resolved.minGroup, Math.ceil(resolved.minSize * split.search.length)),
    maxDepth: resolved.maxDepth,
    beamWidth: resolved.beamWidth,
    sizeExponent: resolved.sizeExponent,
    sign: prepared.worse === "high" ? 1 : -1,
  } as const;
  const selectionSettings = {
    maxGroups: resolved.maxGroups,
    minGain: resolved.minRefinementGain,
    minSeparation: normalQuantile(1 - REFINEMENT_ALPHA / Math.max(1, space.conditions.length)),
    duplicateJaccard: resolved.duplicateJaccard,
    nestedOverlap: resolved.nestedOverlap,
  };
  progress({ phase: "prepare", done: 1 });

  progress({ phase: "search", done: 0 });
  const search = new SubgroupSearch(space, { y, weights: null }, searchSettings);
  // Numbered by their quality on the search half: cluster 0 is the group the search ranks most disadvantaged.
  const selected = selectSubgroups(search, search.run(), selectionSettings).sort(
    (a, b) => b.candidate.quality - a.candidate.quality,
  );
  progress({ phase: "search", done: 1 });

  const stability = measureStability(search, selectionSettings, selected, resolved, (done) =>
    progress({ phase: "stability", done }),
  );

  progress({ phase: "test", done: 0 });
  const groups: FoundGroup[] = selected.map((s, k) => {
    const rule = makeRule(ruleConditions(space, s.candidate.ids));
    return {
      rule,
      description: rule.text,
      members: ruleMembers(rule, prepared.features, prepared.totalRows),
      score: s.candidate.quality,
      stability: stability[k]!,
      similar: s.merged.map((m) => makeRule(ruleConditions(space, m.ids)).text),
    };
  });
  const { clusters, assignments } = reportClusters(prepared, split, groups, resolved);
  const notes = [...prepared.notes];
  if (clusters.length === 0) {
    notes.push(
      note(
        "no-groups",
        text(
          "The search found no group that is worse off than the rest in the search half",
          "De zoektocht vond geen groep die in de zoekhelft slechter af is dan de rest",
        ),
      ),
    );
  }
  progress({ phase: "test", done: 1 });
  return discoveryRun({
    method: "subgroups",
    options: resolved,
    prepared,
    split,
    notes,
    clusters,
    assignments,
  });
}

function measureStability(
  search: SubgroupSearch,
  selection: SelectionSettings,
  selected: readonly SelectedGroup[],
  options: ReturnType<typeof resolveSubgroupOptions>,
  progress: (done: number) => void,
): Stability[] {
  if (options.resamples === 0) {
    return selected.map(() => ({ status: "undefined", reason: "stability was not measured (0 resamples)" }));
  }
  const found = selected.map(() => 0);
  const m = search.data.y.length;
  for (let b = 0; b < options.resamples; b++) {
    const weights = bootstrapWeights(m, seededRandom(deriveSeed(options.seed, 1 + b)));
    const resample = new SubgroupSearch(search.space, { y: search.data.y, weights }, search.settings);
    const again = selectSubgroups(resample, resample.run(), selection).map((g) =>
      search.memberMask(g.candidate.ids),
    );
    for (const [k, s] of selected.entries()) {
      if (again.some((a) => overlap(s.members, s.size, a.mask, a.size).jaccard >= options.stabilityJaccard))
        found[k]!++;
    }
    progress((b + 1) / options.resamples);
  }
  return found.map((f) => ({
    status: "ok",
    value: f / options.resamples,
    found: f,
    resamples: options.resamples,
    stable: f / options.resamples >= options.unstableBelow,
  }));
}
