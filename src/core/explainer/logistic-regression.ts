/**
 * Logistic regression by iteratively reweighted least squares (Newton–Raphson on the log-likelihood;
 * McCullagh and Nelder, Generalized Linear Models, 2nd ed., §4.4): deterministic, no step size to tune,
 * and converged in a handful of iterations for the explainer's few features. An optional ridge penalty
 * (not on the intercept) keeps the fit finite when the data separate perfectly.
 */
export interface LogisticOptions {
  /** Ridge penalty λ·½‖β‖² on the coefficients (not the intercept). Default 0 (plain maximum likelihood). */
  readonly l2?: number;
  /** Default 100. */
  readonly maxIterations?: number;
  /** Stop when no coefficient moves more than this. Default 1e-10. */
  readonly tolerance?: number;
}

export interface LogisticFit {
  readonly intercept: number;
  /** One per column of x, in the same order: the change in log-odds per unit of the feature. */
  readonly coefficients: readonly number[];
  readonly iterations: number;
  readonly converged: boolean;
  readonly logLikelihood: number;
}

export const sigmoid = (z: number): number =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

/** Fits P(y) = σ(β₀ + Σ βⱼ xⱼ) to rows x (one array of features per observation) and outcomes y. */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly boolean[],
  options: LogisticOptions = {},
): LogisticFit {
  const n = x.length;
  if (n === 0 || y.length !== n) throw new RangeError("fitLogistic: x and y need the same, non-zero length");
  const k = (x[0] as readonly number[]).length + 1;
  const l2 = options.l2 ?? 0;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-10;
  if (!(l2 >= 0)) throw new RangeError(`fitLogistic: invalid l2 ${l2}`);
  const beta = new Array<number>(k).fill(0);
  const row = (i: number, j: number) => (j === 0 ? 1 : ((x[i] as readonly number[])[j - 1] as number));
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    // Gradient g = Xᵀ(y − p) − λβ and the information H = XᵀWX + λI (W = p(1 − p)).
    const g = new Array<number>(k).fill(0);
    const h = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < k; j++) z += (beta[j] as number) * row(i, j);
      const p = sigmoid(z);
      const w = p * (1 - p);
      const r = (y[i] ? 1 : 0) - p;
      for (let a = 0; a < k; a++) {
        const xa = row(i, a);
        (g[a] as number) += xa * r;
        const ha = h[a] as number[];
        for (let b = 0; b <= a; b++) ha[b] = (ha[b] as number) + w * xa * row(i, b);
      }
    }
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < a; b++) (h[b] as number[])[a] = (h[a] as number[])[b] as number;
      if (a > 0) {
        (g[a] as number) -= l2 * (beta[a] as number);
        (h[a] as number[])[a] = ((h[a] as number[])[a] as number) + l2;
      }
    }
    const step = solve(h, g);
    let largest = 0;
    for (let j = 0; j < k; j++) {
      beta[j] = (beta[j] as number) + (step[j] as number);
      largest = Math.max(largest, Math.abs(step[j] as number));
    }
    if (!Number.isFinite(largest)) break;
    converged = largest < tolerance;
  }
  let logLikelihood = 0;
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let j = 0; j < k; j++) z += (beta[j] as number) * row(i, j);
    // log σ(z) = −log(1 + e^−z), computed stably.
    const s = y[i] ? z : -z;
    logLikelihood -= s >= 0 ? Math.log1p(Math.exp(-s)) : -s + Math.log1p(Math.exp(s));
  }
  return { intercept: beta[0] as number, coefficients: beta.slice(1), iterations, converged, logLikelihood };
}

/** Solves A·s = b for a small symmetric positive (semi)definite A: Gaussian elimination, partial pivoting. */
function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const k = b.length;
  const m = a.map((r, i) => [...r, b[i] as number]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) {
      if (Math.abs((m[r] as number[])[col] as number) > Math.abs((m[pivot] as number[])[col] as number))
        pivot = r;
    }
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const top = m[col] as number[];
    const d = top[col] as number;
    if (d === 0) return new Array<number>(k).fill(Number.NaN);
    for (let r = col + 1; r < k; r++) {
      const current = m[r] as number[];
      const f = (current[col] as number) / d;
      for (let c = col; c <= k; c++) current[c] = (current[c] as number) - f * (top[c] as number);
    }
  }
  const s = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    const current = m[r] as number[];
    let v = current[k] as number;
    for (let c = r + 1; c < k; c++) v -= (current[c] as number) * (s[c] as number);
    s[r] = v / (current[r] as number);
  }
  return s;
}
