import { fitHbac, predictHbac } from "./bias-aware-hierarchical-kmeans.ts";
import { note } from "./discovery-note.ts";
import { type HbacOptions, type ResolvedHbacOptions, resolveHbacOptions } from "./discovery-options.ts";
import type { DiscoveryResult, Stability } from "./discovery-result.ts";
import { discoveryRun } from "./discovery-run.ts";
import type { DiscoveryTable } from "./discovery-table.ts";
import { encodeForHbac, HBAC_MAX_LEVELS } from "./hbac-encoding.ts";
import { holdoutSplit } from "./holdout-split.ts";
import { inBoth, text } from "./localized-text.ts";
import { prepareTable } from "./prepare-table.ts";
import { type FoundGroup, reportClusters } from "./report-clusters.ts";
import { deriveSeed, seededRandom } from "./seeded-random.ts";
import { overlap } from "./select-subgroups.ts";

/**
 * HBAC as a second method, so results can be set beside those of Algorithm Audit's tool (toolkits.md
 * C1–C3): the same tree of k-means splits kept when a child is worse off (bias-aware-hierarchical-
 * kmeans.ts), with the quirks of the package and its web app fixed:
 *
 * 1. Mixed numeric and categorical features (the web app refuses them) and missing values (which crash
 *    the app's k-means): one-hot columns, missing as an explicit indicator (hbac-encoding.ts).
 * 2. Features are standardised before k-means; the package clusters raw units, so a salary in euros
 *    outweighs everything else.
 * 3. "Lower is better" is the user's `worse`, not a sign flip done in place on the data (the notebook
 *    negated y before splitting and then tested the wrong tail).
 * 4. Every cluster, not only cluster 0, is tested on the held-out half, with one two-sided test (the app
 *    uses Student's pooled t, the README a one-sided z-test), an effect size and interval, and Holm
 *    over all clusters; held-out rows go to the leaf of their nearest centroid down the tree (the
 *    package's `predict`).
 * 5. The profile tests count the tests for the correction (the notebook divides alpha by the number of
 *    columns) and include categories with empty cells (the app skips them).
 * 6. Seeded k-means++ with several starts instead of scikit-learn's global random state; the seed is
 *    in the result, and the run reproduces.
 * 7. Stability across bootstrap resamples is measured (the tool reports one fit).
 * Kept as the package does it: the score against all other rows, the queue by spread, a failed split
 * using up an iteration, the margin 1e-5, label 0 = highest score.
 *
 * Every row is in exactly one cluster; all leaves are reported, cluster 0 being the one HBAC scores as
 * most disadvantaged on the search half.
 */
export function hbac(table: DiscoveryTable, options: HbacOptions = {}): DiscoveryResult {
  const resolved = resolveHbacOptions(options);
  const progress = options.onProgress ?? (() => {});
  progress({ phase: "prepare", done: 0 });
  const prepared = prepareTable(table);
  const split = holdoutSplit(
    prepared.used,
    resolved.searchFraction,
    seededRandom(deriveSeed(resolved.seed, 0)),
  );
  const encoding = encodeForHbac(prepared.features, prepared.totalRows, split.search);
  // The package's convention: higher y is better.
  const orientation = prepared.worse === "low" ? 1 : -1;
  const y = Float64Array.from(split.search, (i) => orientation * prepared.outcome[i]!);
  const minClusterSize = Math.max(resolved.minGroup, Math.round(resolved.minSize * split.search.length));
  const fitOptions = {
    maxIterations: resolved.maxIterations,
    minClusterSize,
    restarts: resolved.restarts,
    margin: resolved.margin,
  };
  progress({ phase: "prepare", done: 1 });

  progress({ phase: "search", done: 0 });
  const fit = fitHbac(encoding.matrix, encoding.dims, split.search, y, {
    ...fitOptions,
    seed: deriveSeed(resolved.seed, 1),
  });
  const leafOf = Int32Array.from({ length: prepared.totalRows }, (_, i) =>
    predictHbac(fit, encoding.matrix, i),
  );
  progress({ phase: "search", done: 1 });

  const searchMasks = Array.from({ length: fit.clusterCount }, (_, label) => {
    const mask = Uint8Array.from(split.search, (i) => (leafOf[i] === label ? 1 : 0));
    return { mask, size: mask.reduce((a, b) => a + b, 0) };
  });
  const stability = measureStability(encoding, split.search, y, searchMasks, fitOptions, resolved, (done) =>
    progress({ phase: "stability", done }),
  );

  progress({ phase: "test", done: 0 });
  const groups: FoundGroup[] = fit.scores.map((score, label) => ({
    rule: null,
    description: inBoth((l) =>
      l === "nl"
        ? `Cluster ${label} van de bias-bewuste k-means-boom (HBAC): een cluster heeft geen regel; de regels hieronder zeggen waarin het van de rest verschilt`
        : `Cluster ${label} of the bias-aware k-means tree (HBAC): a cluster has no rule; the lines below say how it differs from the rest`,
    ),
    members: Uint8Array.from(leafOf, (l) => (l === label ? 1 : 0)),
    score,
    stability: stability[label]!,
    similar: [],
  }));
  const { clusters, assignments } = reportClusters(prepared, split, groups, resolved);
  const notes = [...prepared.notes];
  if (encoding.grouped.length > 0) {
    notes.push(
      note(
        "levels-grouped",
        text(
          `For the k-means distances, the levels beyond the ${HBAC_MAX_LEVELS} most frequent were grouped as "other" in: ${encoding.grouped.join(", ")}`,
          `Voor de k-means-afstanden zijn de waarden na de ${HBAC_MAX_LEVELS} meest voorkomende samengenomen als "overig" in: ${encoding.grouped.join(", ")}`,
        ),
      ),
    );
  }
  progress({ phase: "test", done: 1 });
  return discoveryRun({ method: "hbac", options: resolved, prepared, split, notes, clusters, assignments });
}

/**
 * Share of bootstrap resamples of the search half whose HBAC tree has a leaf overlapping the cluster
 * (Jaccard of search rows ≥ STABILITY_JACCARD). A resample's tree is fitted on the drawn rows
 * (duplicates included) and then routes every search row.
 */
function measureStability(
  encoding: ReturnType<typeof encodeForHbac>,
  search: Int32Array,
  y: Float64Array,
  clusters: readonly { mask: Uint8Array; size: number }[],
  fitOptions: { maxIterations: number; minClusterSize: number; restarts: number; margin: number },
  options: ResolvedHbacOptions,
  progress: (done: number) => void,
): Stability[] {
  if (options.resamples === 0) {
    return clusters.map(() => ({ status: "undefined", reason: "stability was not measured (0 resamples)" }));
  }
  const found = clusters.map(() => 0);
  const m = search.length;
  for (let b = 0; b < options.resamples; b++) {
    const random = seededRandom(deriveSeed(options.seed, 1000 + b));
    const drawn = Int32Array.from({ length: m }, () => random.integer(m));
    const fit = fitHbac(
      encoding.matrix,
      encoding.dims,
      Int32Array.from(drawn, (p) => search[p]!),
      Float64Array.from(drawn, (p) => y[p]!),
      { ...fitOptions, seed: deriveSeed(options.seed, 2000 + b) },
    );
    const leaves = Int32Array.from(search, (i) => predictHbac(fit, encoding.matrix, i));
    const masks = Array.from({ length: fit.clusterCount }, (_, label) => {
      const mask = Uint8Array.from(leaves, (l) => (l === label ? 1 : 0));
      return { mask, size: mask.reduce((a, v) => a + v, 0) };
    });
    for (const [k, c] of clusters.entries()) {
      if (masks.some((x) => overlap(c.mask, c.size, x.mask, x.size).jaccard >= options.stabilityJaccard))
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
