import { assertCount } from "./assert-count.ts";
import { logFactorial } from "./log-gamma.ts";

/**
 * The hypergeometric distribution: drawing `draws` items without replacement from a
 * `population` that contains `successes` marked items, X is the number of marked items drawn.
 * Under the null hypothesis of Fisher's exact test, the selected count of group A given all
 * margins of the 2×2 table follows it (population = everyone, successes = everyone selected,
 * draws = size of group A). Parameter names follow scipy `stats.hypergeom(M, n, N)` = (population,
 * successes, draws); R's `dhyper(x, m, n, k)` has m = successes, n = population − successes, k = draws.
 */
export interface HypergeometricParameters {
  readonly population: number;
  readonly successes: number;
  readonly draws: number;
}

/** Smallest and largest possible values of X: max(0, draws − (population − successes)) .. min(successes, draws). */
export const hypergeometricSupport = (fn: string, parameters: HypergeometricParameters): [number, number] => {
  const { population, successes, draws } = parameters;
  assertCount(fn, "population", population);
  assertCount(fn, "successes", successes);
  assertCount(fn, "draws", draws);
  if (successes > population) throw new RangeError(`${fn} requires successes <= population`);
  if (draws > population) throw new RangeError(`${fn} requires draws <= population`);
  return [Math.max(0, draws - (population - successes)), Math.min(successes, draws)];
};

const logChoose = (n: number, k: number): number => logFactorial(n) - logFactorial(k) - logFactorial(n - k);

/**
 * P(X = k) = C(successes, k)·C(population − successes, draws − k) / C(population, draws), evaluated
 * as exp of a sum of log factorials. Integer k outside the support has probability 0.
 *
 * Precision: the log factorials are accurate to about one unit in the last place, but they are
 * large (ln 10⁶! ≈ 1.3e7) and cancel, so the relative error of the result grows with the
 * population, roughly 1e-15 × ln C(population, draws): ~1e-13 at a thousand, ~1e-10 at a million.
 * Fisher's exact test therefore does not use this function; it works with ratios of neighbouring
 * probabilities instead (see fisher-exact.ts).
 */
export const hypergeometricPmf = (k: number, parameters: HypergeometricParameters): number => {
  const [lo, hi] = hypergeometricSupport("hypergeometricPmf", parameters);
  if (!Number.isInteger(k)) throw new TypeError("hypergeometricPmf requires an integer k");
  if (k < lo || k > hi) return 0;
  const { population, successes, draws } = parameters;
  return Math.exp(
    logChoose(successes, k) + logChoose(population - successes, draws - k) - logChoose(population, draws),
  );
};
