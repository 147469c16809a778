/**
 * The standard normal distribution: distribution function, upper tail and quantile.
 *
 * normalCdf/normalSf follow W. J. Cody, "Rational Chebyshev approximations for the error
 * function", Math. Comp. 23 (1969) 631–637, in the form of his ANORM routine (ACM TOMS
 * Algorithm 715, 1993) as used by R's `pnorm` (src/nmath/pnorm.c, `pnorm_both`). Both tails
 * are computed directly, so the upper tail keeps full relative precision far out (e.g.
 * normalSf(30) ≈ 4.9e-198) instead of suffering the cancellation of 1 − Φ(x).
 *
 * normalQuantile follows M. J. Wichura, "Algorithm AS 241: The percentage points of the
 * normal distribution", Applied Statistics 37 (1988) 477–484 (PPND16, about 16 significant
 * digits), as used by R's `qnorm`.
 */

const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249];
const A4 = 0.065682337918207449113;
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
];
const C8 = 1.0765576773720192317e-8;
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
  2.9112874951168792e-5,
];
const P5 = 0.02307344176494017303;
const Q = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
  7.29751555083966205e-5,
];
const SQRT_32 = 5.656854249492380195206754896838;
const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
/** Beyond this |x| the smaller tail underflows to 0 in double precision (as in R). */
const UNDERFLOW_X = 37.5193;

/** exp(−x²/2)·factor, with x² split so the exponent is computed without losing digits (Cody). */
const gaussianTimes = (x: number, factor: number): number => {
  const xsq = Math.trunc(x * 16) / 16;
  const del = (x - xsq) * (x + xsq);
  return Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * factor;
};

/** Returns [P(Z ≤ x), P(Z > x)], each with full relative precision. */
const normalBothTails = (fn: string, x: number): [number, number] => {
  if (Number.isNaN(x)) throw new TypeError(`${fn} requires a number, got NaN`);
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    // Central region: Φ(x) − ½ by a rational function of x².
    let num = 0;
    let den = 0;
    if (y > Number.EPSILON * 0.5) {
      const xsq = x * x;
      num = A4 * xsq;
      den = xsq;
      for (let i = 0; i < 3; i++) {
        num = (num + A[i]!) * xsq;
        den = (den + B[i]!) * xsq;
      }
    }
    const temp = (x * (num + A[3]!)) / (den + B[3]!);
    return [0.5 + temp, 0.5 - temp];
  }
  let small: number;
  if (y <= SQRT_32) {
    let num = C8 * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    small = gaussianTimes(y, (num + C[7]!) / (den + D[7]!));
  } else if (y < UNDERFLOW_X) {
    // Asymptotic region: rational function of 1/x² (Cody's third interval).
    const xsq = 1 / (x * x);
    let num = P5 * xsq;
    let den = xsq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]!) * xsq;
      den = (den + Q[i]!) * xsq;
    }
    const temp = (xsq * (num + P[4]!)) / (den + Q[4]!);
    small = gaussianTimes(y, (ONE_OVER_SQRT_2PI - temp) / y);
  } else {
    small = 0;
  }
  return x > 0 ? [1 - small, small] : [small, 1 - small];
};

/** Φ(x) = P(Z ≤ x) for a standard normal Z (R `pnorm(x)`, scipy `norm.cdf`). */
export const normalCdf = (x: number): number => normalBothTails("normalCdf", x)[0];

/** 1 − Φ(x) = P(Z > x), accurate far into the upper tail (R `pnorm(x, lower.tail = FALSE)`, scipy `norm.sf`). */
export const normalSf = (x: number): number => normalBothTails("normalSf", x)[1];

/** Central region of AS 241: |p − ½| ≤ 0.425. */
const centralQuantile = (q: number): number => {
  const r = 0.180625 - q * q;
  return (
    (q *
      (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
        45921.953931549871457) *
        r +
        13731.693765509461125) *
        r +
        1971.5909503065514427) *
        r +
        133.14166789178437745) *
        r +
        3.387132872796366608)) /
    (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r +
      21213.794301586595867) *
      r +
      5394.1960214247511077) *
      r +
      687.1870074920579083) *
      r +
      42.313330701600911252) *
      r +
      1)
  );
};

/** Tail regions of AS 241, as a function of r = sqrt(−ln(min(p, 1 − p))). */
const tailQuantile = (r: number): number => {
  if (r <= 5) {
    const s = r - 1.6;
    return (
      (((((((s * 7.7454501427834140764e-4 + 0.0227238449892691845833) * s + 0.24178072517745061177) * s +
        1.27045825245236838258) *
        s +
        3.64784832476320460504) *
        s +
        5.7694972214606914055) *
        s +
        4.6303378461565452959) *
        s +
        1.42343711074968357734) /
      (((((((s * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * s + 0.0151986665636164571966) * s +
        0.14810397642748007459) *
        s +
        0.68976733498510000455) *
        s +
        1.6763848301838038494) *
        s +
        2.05319162663775882187) *
        s +
        1)
    );
  }
  const s = r - 5;
  return (
    (((((((s * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * s + 0.0012426609473880784386) * s +
      0.026532189526576123093) *
      s +
      0.29656057182850489123) *
      s +
      1.7848265399172913358) *
      s +
      5.4637849111641143699) *
      s +
      6.6579046435011037772) /
    (((((((s * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * s + 1.8463183175100546818e-5) * s +
      7.868691311456132591e-4) *
      s +
      0.0148753612908506148525) *
      s +
      0.13692988092273580531) *
      s +
      0.59983220655588793769) *
      s +
      1)
  );
};

/**
 * Φ⁻¹(p): the x with P(Z ≤ x) = p (R `qnorm`, scipy `norm.ppf` / `ndtri`). Returns −∞ and +∞
 * at p = 0 and p = 1, which are the exact limits.
 */
export const normalQuantile = (p: number): number => {
  if (!(p >= 0 && p <= 1)) throw new RangeError("normalQuantile requires 0 <= p <= 1");
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) return centralQuantile(q);
  const tail = q < 0 ? p : 1 - p;
  const value = tailQuantile(Math.sqrt(-Math.log(tail)));
  return q < 0 ? -value : value;
};
