import type { SeededRandom } from "./seeded-random.ts";

/**
 * k-means with k = 2, the split HBAC makes at every node (scikit-learn's KMeans(n_clusters=2) in the
 * package): Lloyd's algorithm (1982) with k-means++ seeding (Arthur & Vassilvitskii 2007), several
 * seeded starts, the lowest inertia (sum of squared distances to the assigned centroid) wins. It stops
 * when no row changes side, or when the centroids move less than scikit-learn's tolerance (1e-4 of the
 * mean variance of the columns), or after maxIterations. An empty side is moved to the row farthest
 * from its centroid (as scikit-learn does).
 *
 * With two centroids c0 and c1, a row x is nearer to c1 exactly when x·(c1 − c0) > (|c1|² − |c0|²)/2,
 * one dot product instead of two distances. The same `TwoMeansSplit` decides during the fit and when a
 * row is routed later (ties go to side 0), so routing a training row reproduces its label exactly.
 * Rows are indices into a row-major matrix, so a node is split without copying.
 */
export interface TwoMeansSplit {
  /** c1 − c0. */
  readonly direction: Float64Array;
  /** (|c1|² − |c0|²)/2. */
  readonly offset: number;
  /** 2 × dims, row-major. */
  readonly centroids: Float64Array;
}

export interface TwoMeansFit {
  readonly split: TwoMeansSplit;
  /** The side (0 or 1) of each given row. */
  readonly labels: Int32Array;
  readonly inertia: number;
}

export function makeSplit(centroids: Float64Array, dims: number): TwoMeansSplit {
  const direction = new Float64Array(dims);
  let n0 = 0;
  let n1 = 0;
  for (let j = 0; j < dims; j++) {
    const a = centroids[j]!;
    const b = centroids[dims + j]!;
    direction[j] = b - a;
    n0 += a * a;
    n1 += b * b;
  }
  return { direction, offset: (n1 - n0) / 2, centroids };
}

/** 0 or 1: the side of the nearer centroid (0 on a tie). */
export function sideOf(split: TwoMeansSplit, matrix: Float64Array, row: number): 0 | 1 {
  const { direction } = split;
  const dims = direction.length;
  const at = row * dims;
  let dot = 0;
  for (let j = 0; j < dims; j++) dot += matrix[at + j]! * direction[j]!;
  return dot > split.offset ? 1 : 0;
}

const distance2 = (
  matrix: Float64Array,
  row: number,
  centroids: Float64Array,
  c: number,
  dims: number,
): number => {
  let d = 0;
  const a = row * dims;
  const b = c * dims;
  for (let j = 0; j < dims; j++) {
    const x = matrix[a + j]! - centroids[b + j]!;
    d += x * x;
  }
  return d;
};

function seedCentroids(
  matrix: Float64Array,
  dims: number,
  rows: Int32Array,
  random: SeededRandom,
): Float64Array {
  const centroids = new Float64Array(2 * dims);
  const n = rows.length;
  const first = rows[random.integer(n)]!;
  centroids.set(matrix.subarray(first * dims, (first + 1) * dims), 0);
  let total = 0;
  const d = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    d[t] = distance2(matrix, rows[t]!, centroids, 0, dims);
    total += d[t]!;
  }
  let pick = random.integer(n);
  if (total > 0) {
    let u = random.next() * total;
    for (let t = 0; t < n; t++) {
      u -= d[t]!;
      if (u < 0) {
        pick = t;
        break;
      }
    }
  }
  centroids.set(matrix.subarray(rows[pick]! * dims, (rows[pick]! + 1) * dims), dims);
  return centroids;
}

/** scikit-learn's tolerance: 1e-4 times the mean variance of the columns over the rows. */
function tolerance(matrix: Float64Array, dims: number, rows: Int32Array): number {
  let total = 0;
  for (let j = 0; j < dims; j++) {
    let sum = 0;
    let squares = 0;
    for (const r of rows) {
      const x = matrix[r * dims + j]!;
      sum += x;
      squares += x * x;
    }
    const mean = sum / rows.length;
    total += Math.max(0, squares / rows.length - mean * mean);
  }
  return (1e-4 * total) / Math.max(1, dims);
}

function lloyd(
  matrix: Float64Array,
  dims: number,
  rows: Int32Array,
  centroids: Float64Array,
  maxIterations: number,
  tol: number,
): TwoMeansFit {
  const n = rows.length;
  const labels = new Int32Array(n).fill(-1);
  const sums = new Float64Array(2 * dims);
  let split = makeSplit(centroids, dims);
  for (let iteration = 0; ; iteration++) {
    let changed = false;
    for (let t = 0; t < n; t++) {
      const side = sideOf(split, matrix, rows[t]!);
      if (side !== labels[t]) {
        labels[t] = side;
        changed = true;
      }
    }
    if (!changed || iteration >= maxIterations) break;
    sums.fill(0);
    const counts = [0, 0];
    for (let t = 0; t < n; t++) {
      const c = labels[t]!;
      counts[c]!++;
      const a = rows[t]! * dims;
      const b = c * dims;
      for (let j = 0; j < dims; j++) sums[b + j]! += matrix[a + j]!;
    }
    const next = new Float64Array(2 * dims);
    for (let c = 0; c < 2; c++) {
      if (counts[c] === 0) {
        let far = 0;
        let farDistance = -1;
        for (let t = 0; t < n; t++) {
          const d = distance2(matrix, rows[t]!, centroids, labels[t]!, dims);
          if (d > farDistance) {
            farDistance = d;
            far = t;
          }
        }
        next.set(matrix.subarray(rows[far]! * dims, (rows[far]! + 1) * dims), c * dims);
        continue;
      }
      for (let j = 0; j < dims; j++) next[c * dims + j] = sums[c * dims + j]! / counts[c]!;
    }
    let shift = 0;
    for (let j = 0; j < 2 * dims; j++) shift += (next[j]! - centroids[j]!) ** 2;
    centroids = next;
    split = makeSplit(centroids, dims);
    if (shift <= tol) {
      // Converged: one last assignment, so the labels are those of the final centroids.
      for (let t = 0; t < n; t++) labels[t] = sideOf(split, matrix, rows[t]!);
      break;
    }
  }
  let inertia = 0;
  for (let t = 0; t < n; t++) inertia += distance2(matrix, rows[t]!, centroids, labels[t]!, dims);
  return { split, labels, inertia };
}

export function twoMeans(
  matrix: Float64Array,
  dims: number,
  rows: Int32Array,
  random: SeededRandom,
  options: { readonly restarts: number; readonly maxIterations?: number },
): TwoMeansFit {
  if (rows.length === 0) throw new RangeError("twoMeans requires at least one row");
  const tol = tolerance(matrix, dims, rows);
  let best: TwoMeansFit | null = null;
  for (let r = 0; r < options.restarts; r++) {
    const fit = lloyd(
      matrix,
      dims,
      rows,
      seedCentroids(matrix, dims, rows, random),
      options.maxIterations ?? 300,
      tol,
    );
    if (best === null || fit.inertia < best.inertia) best = fit;
  }
  return best!;
}
