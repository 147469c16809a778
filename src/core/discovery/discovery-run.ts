import type { DiscoveryNote } from "./discovery-note.ts";
import type { ResolvedHbacOptions, ResolvedSubgroupOptions } from "./discovery-options.ts";
import type { DiscoveredCluster, DiscoveryResult } from "./discovery-result.ts";
import { type HoldoutSplit, rowHalves } from "./holdout-split.ts";
import type { PreparedTable } from "./prepare-table.ts";
import { runSummary } from "./run-summary.ts";

/** The result of a run, as both methods describe it: the input, the split, the options and the groups. */
export function discoveryRun(input: {
  readonly method: DiscoveryResult["method"];
  readonly options: ResolvedSubgroupOptions | ResolvedHbacOptions;
  readonly prepared: PreparedTable;
  readonly split: HoldoutSplit;
  readonly notes: readonly DiscoveryNote[];
  readonly clusters: readonly DiscoveredCluster[];
  readonly assignments: readonly number[];
}): DiscoveryResult {
  const { method, options, prepared, split, clusters } = input;
  let sum = 0;
  for (const i of prepared.used) sum += prepared.outcome[i]!;
  return {
    schema: "aware.discovery/1",
    method,
    seed: options.seed,
    options,
    outcome: {
      spec: prepared.outcomeSpec,
      worse: prepared.worse,
      binary: prepared.binary,
      overallMean: sum / prepared.used.length,
    },
    rows: {
      total: prepared.totalRows,
      used: prepared.used.length,
      search: split.search.length,
      heldOut: split.heldOut.length,
    },
    features: prepared.featureSummaries,
    protected: prepared.protected.map((p) => p.name),
    alpha: options.alpha,
    level: options.level,
    notes: input.notes,
    clusters,
    assignments: input.assignments,
    half: rowHalves(prepared.totalRows, split),
    summary: runSummary(method, clusters),
  };
}
