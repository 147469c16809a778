/**
 * ln Γ(x) for x > 0, and ln n! for whole numbers n.
 *
 * For x ≥ 15 we use Stirling's asymptotic series (Abramowitz & Stegun 6.1.40)
 *   ln Γ(x) = (x − ½)·ln x − x + ½·ln(2π) + Σ_{k=1..8} B₂ₖ / (2k(2k − 1)·x^(2k−1)),
 * where B₂ₖ are the Bernoulli numbers; the first omitted term is below 1e-20 there. Smaller x
 * are shifted up with the recurrence Γ(x + 1) = x·Γ(x), so ln Γ(x) = ln Γ(x + m) − ln(x(x+1)…(x+m−1)).
 * Near the zeros of ln Γ at x = 1 and x = 2, where that shifting would lose relative precision,
 * we use the Taylor series about 1 (the integral of ψ(1 + z) = −γ + Σ_{k≥2} (−1)^k ζ(k) z^(k−1),
 * DLMF §5.7):
 *   ln Γ(1 + z) = −γz + Σ_{k≥2} (−1)^k ζ(k) z^k / k,   and ln Γ(2 + z) = ln(1 + z) + ln Γ(1 + z),
 * where ψ is the digamma function, γ the Euler–Mascheroni constant and ζ the Riemann zeta function.
 * The absolute error is a few units of 1e-15 (relative ~1e-14 or better), comparable to scipy
 * `special.gammaln` / R `lgamma`.
 */

const HALF_LOG_TWO_PI = 0.9189385332046728;
/** B₂ₖ / (2k(2k − 1)) for k = 1..8. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
const STIRLING_FROM = 15;

const EULER_GAMMA = 0.5772156649015329;
/** ζ(2)…ζ(26), from scipy `special.zeta`, rounded to double. */
const ZETA = [
  1.6449340668482264, 1.2020569031595942, 1.0823232337111381, 1.03692775514337, 1.0173430619844492,
  1.008349277381923, 1.0040773561979444, 1.0020083928260821, 1.000994575127818, 1.0004941886041194,
  1.000246086553308, 1.0001227133475785, 1.0000612481350588, 1.000030588236307, 1.0000152822594086,
  1.0000076371976379, 1.000003817293265, 1.0000019082127165, 1.0000009539620338, 1.0000004769329869,
  1.0000002384505027, 1.000000119219926, 1.000000059608189, 1.0000000298035034, 1.0000000149015549,
];
/** The Taylor series is used for |z| ≤ this; its first omitted term is then below 1e-19. */
const TAYLOR_RADIUS = 0.2;

/** ln Γ(1 + z) for |z| ≤ TAYLOR_RADIUS. */
const logGammaOnePlus = (z: number): number => {
  let series = 0;
  for (let k = ZETA.length + 1; k >= 2; k--) series = series * -z + ZETA[k - 2]! / k;
  return z * (-EULER_GAMMA + z * series);
};

const stirling = (x: number): number => {
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  let series = 0;
  for (let k = STIRLING.length - 1; k >= 0; k--) series = series * inverseSquared + STIRLING[k]!;
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series * inverse;
};

/**
 * ln n! for n = 0..22 from the exact factorials: 22! = 2¹⁹ × (an odd number below 2⁵³), so every
 * product here is exact in double precision and only the final logarithm rounds.
 */
const EXACT_FACTORIAL_MAX = 22;
const LOG_FACTORIAL_TABLE: readonly number[] = (() => {
  const table = [0];
  let factorial = 1;
  for (let n = 1; n <= EXACT_FACTORIAL_MAX; n++) {
    factorial *= n;
    table.push(Math.log(factorial));
  }
  return table;
})();

/** ln Γ(x) for x > 0 (R `lgamma`, scipy `special.gammaln`). */
export const logGamma = (x: number): number => {
  if (!(x > 0) || x === Number.POSITIVE_INFINITY) throw new RangeError("logGamma requires finite x > 0");
  if (Number.isInteger(x) && x <= EXACT_FACTORIAL_MAX + 1) return LOG_FACTORIAL_TABLE[x - 1]!;
  if (x >= STIRLING_FROM) return stirling(x);
  if (Math.abs(x - 1) <= TAYLOR_RADIUS) return logGammaOnePlus(x - 1);
  if (Math.abs(x - 2) <= TAYLOR_RADIUS) return Math.log1p(x - 2) + logGammaOnePlus(x - 2);
  let shifted = x;
  let product = 1;
  while (shifted < STIRLING_FROM) {
    product *= shifted;
    shifted += 1;
  }
  return stirling(shifted) - Math.log(product);
};

/** ln n! for a whole number n ≥ 0 (R `lfactorial`). */
export const logFactorial = (n: number): number => {
  if (!Number.isInteger(n)) throw new TypeError("logFactorial requires an integer n");
  if (n < 0) throw new RangeError("logFactorial requires n >= 0");
  return n <= EXACT_FACTORIAL_MAX ? LOG_FACTORIAL_TABLE[n]! : stirling(n + 1);
};
