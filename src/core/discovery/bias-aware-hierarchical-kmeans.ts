import { seededRandom } from "./seeded-random.ts";
import { sideOf, type TwoMeansSplit, twoMeans } from "./two-means.ts";

/**
 * Bias-aware hierarchical k-means clustering (HBAC), after Misztal-Radecka & Indurkhya (Information
 * Processing & Management 58, 2021) as implemented in Algorithm Audit's `unsupervised-bias-detection`
 * package v0.2.6 (`BiasAwareHierarchicalKMeans`, _bahc.py). The algorithm, as that package runs it:
 *
 *   every row starts in cluster 0 with score 0; open clusters wait in a queue ordered by the spread of
 *   the metric (population SD, highest first; ties: lower label first). maxIterations times: take the
 *   first open cluster and split it with k-means (k = 2); if a child has fewer than minClusterSize rows,
 *   or no child has a score ≥ the parent's score + margin, the cluster becomes a final leaf (the attempt
 *   still uses up an iteration); otherwise the first child keeps the label, the second gets the next
 *   free label, and both are queued. At the end, leaves are sorted by score, highest first, and
 *   relabelled 0, 1, …: label 0 is the most negatively deviating cluster.
 *
 *   score(C) = mean(y outside C) − mean(y in C), over ALL training rows (not the parent).
 *
 * Convention of the package: higher y is better, so a positive score means worse off than the rest.
 * This file keeps the package's behaviour; the table-level `hbac` adds what the package lacks.
 */
export interface HbacFitOptions {
  /** Split attempts (bahc_max_iter). */
  readonly maxIterations: number;
  /** bahc_min_cluster_size, in rows. */
  readonly minClusterSize: number;
  readonly seed: number;
  /** k-means starts per split. Default 1 (scikit-learn's n_init="auto" with k-means++). */
  readonly restarts?: number;
  /** Default 1e-5, as the package. */
  readonly margin?: number;
}

/** A node of the tree: a leaf (label ≥ 0) or a split with its two centroids. */
export interface HbacNode {
  readonly label: number;
  readonly split: TwoMeansSplit | null;
  readonly children: readonly HbacNode[];
}

export interface HbacFit {
  /** Leaf label of each training row (0 = highest score). */
  readonly labels: Int32Array;
  /** Score of each label, descending. */
  readonly scores: readonly number[];
  readonly clusterCount: number;
  readonly root: HbacNode;
  readonly dims: number;
}

interface OpenNode {
  label: number;
  /** Positions in the training rows. */
  positions: Int32Array;
  score: number;
  spread: number;
  split: TwoMeansSplit | null;
  children: OpenNode[];
}

const populationSd = (y: Float64Array, positions: Int32Array): number => {
  let sum = 0;
  for (const p of positions) sum += y[p]!;
  const mean = sum / positions.length;
  let squares = 0;
  for (const p of positions) squares += (y[p]! - mean) ** 2;
  return Math.sqrt(squares / positions.length);
};

/**
 * Fits HBAC on the given rows of a row-major matrix (dims columns), with y aligned to `rows`
 * (higher = better).
 */
export function fitHbac(
  matrix: Float64Array,
  dims: number,
  rows: Int32Array,
  y: Float64Array,
  options: HbacFitOptions,
): HbacFit {
  const n = rows.length;
  if (n === 0) throw new RangeError("fitHbac requires at least one row");
  if (y.length !== n) throw new RangeError("fitHbac requires one y per row");
  if (!Number.isInteger(options.maxIterations) || options.maxIterations < 1)
    throw new RangeError(`fitHbac: invalid maxIterations ${options.maxIterations}`);
  if (!Number.isInteger(options.minClusterSize) || options.minClusterSize < 1)
    throw new RangeError(`fitHbac: invalid minClusterSize ${options.minClusterSize}`);
  const margin = options.margin ?? 1e-5;
  const random = seededRandom(options.seed);
  let total = 0;
  for (let p = 0; p < n; p++) total += y[p]!;
  const score = (positions: Int32Array): number => {
    let inside = 0;
    for (const p of positions) inside += y[p]!;
    return (total - inside) / (n - positions.length) - inside / positions.length;
  };
  const all = Int32Array.from({ length: n }, (_, p) => p);
  const root: OpenNode = {
    label: 0,
    positions: all,
    score: 0,
    spread: populationSd(y, all),
    split: null,
    children: [],
  };
  const queue: OpenNode[] = [root];
  const leaves: OpenNode[] = [];
  let clusterCount = 1;
  for (let iteration = 0; iteration < options.maxIterations && queue.length > 0; iteration++) {
    // The package's min-heap on (−SD, label): highest spread first, then the lower label.
    let at = 0;
    for (let q = 1; q < queue.length; q++) {
      const a = queue[q]!;
      const b = queue[at]!;
      if (a.spread > b.spread || (a.spread === b.spread && a.label < b.label)) at = q;
    }
    const node = queue.splice(at, 1)[0]!;
    const fit = twoMeans(
      matrix,
      dims,
      Int32Array.from(node.positions, (p) => rows[p]!),
      random,
      {
        restarts: options.restarts ?? 1,
      },
    );
    const parts = [0, 1].map((c) => node.positions.filter((_, t) => fit.labels[t] === c));
    if (parts.some((part) => part.length < options.minClusterSize)) {
      leaves.push(node);
      continue;
    }
    const scores = parts.map(score);
    if (!scores.some((s) => s >= node.score + margin)) {
      leaves.push(node);
      continue;
    }
    const children = parts.map((positions, c) => ({
      label: c === 0 ? node.label : clusterCount++,
      positions,
      score: scores[c]!,
      spread: populationSd(y, positions),
      split: null,
      children: [],
    }));
    node.split = fit.split;
    node.children = children;
    queue.push(...children);
  }
  leaves.push(...queue);
  // Highest score first; equal scores keep the lower original label first, so the result is deterministic.
  leaves.sort((a, b) => b.score - a.score || a.label - b.label);
  const relabel = new Map(leaves.map((leaf, k) => [leaf.label, k]));
  const labels = new Int32Array(n);
  for (const leaf of leaves) for (const p of leaf.positions) labels[p] = relabel.get(leaf.label)!;
  const freeze = (node: OpenNode): HbacNode =>
    node.children.length === 0
      ? { label: relabel.get(node.label)!, split: null, children: [] }
      : { label: -1, split: node.split, children: node.children.map(freeze) };
  return {
    labels,
    scores: leaves.map((l) => l.score),
    clusterCount: leaves.length,
    root: freeze(root),
    dims,
  };
}

/** The leaf of any row of a matrix with the same columns: down the tree by the nearest centroid. */
export function predictHbac(fit: HbacFit, matrix: Float64Array, row: number): number {
  let node = fit.root;
  while (node.children.length > 0) {
    node = node.children[sideOf(node.split!, matrix, row)]!;
  }
  return node.label;
}

/**
 * The package's interface on plain arrays, for checking against its documented outputs:
 * `BiasAwareHierarchicalKMeans(bahc_max_iter, bahc_min_cluster_size).fit(X, y)` → labels_, scores_.
 * y: higher is better.
 */
export function biasAwareHierarchicalKMeans(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: HbacFitOptions,
): {
  labels: number[];
  scores: number[];
  clusterCount: number;
  predict: (X: readonly (readonly number[])[]) => number[];
} {
  const dims = X[0]?.length ?? 0;
  const toMatrix = (rows: readonly (readonly number[])[]) => {
    const m = new Float64Array(rows.length * dims);
    for (const [i, r] of rows.entries()) {
      if (r.length !== dims)
        throw new RangeError("biasAwareHierarchicalKMeans requires rows of equal length");
      m.set(r, i * dims);
    }
    return m;
  };
  const fit = fitHbac(
    toMatrix(X),
    dims,
    Int32Array.from(X, (_, i) => i),
    Float64Array.from(y),
    options,
  );
  return {
    labels: [...fit.labels],
    scores: [...fit.scores],
    clusterCount: fit.clusterCount,
    predict: (rows) => {
      const m = toMatrix(rows);
      return rows.map((_, i) => predictHbac(fit, m, i));
    },
  };
}
