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
 *
 * The published coefficients have 19–20 digits; they are written here as the shortest decimal
 * that denotes the same double (Biome's noPrecisionLoss), so the values are bit-for-bit those
 * of the C sources.
 */

const A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356];
const A4 = 0.06568233791820745;
const B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const C = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726,
  6848.190450536283, 11602.65143764735, 9842.714838383978,
];
const C8 = 1.0765576773720192e-8;
const D = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097,
  34900.95272114598, 38912.00328609327, 19685.429676859992,
];
const P = [
  0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 2.9112874951168793e-5,
];
const P5 = 0.023073441764940174;
const Q = [
  1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 7.297515550839662e-5,
];
const SQRT_32 = 5.656854249492381;
const ONE_OVER_SQRT_2PI = 0.3989422804014327;
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
      (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) *
        r +
        13731.69376550946) *
        r +
        1971.5909503065513) *
        r +
        133.14166789178438) *
        r +
        3.3871328727963665)) /
    (((((((r * 5226.495278852546 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) *
      r +
      5394.196021424751) *
      r +
      687.1870074920579) *
      r +
      42.31333070160091) *
      r +
      1)
  );
};

/** Tail regions of AS 241, as a function of r = sqrt(−ln(min(p, 1 − p))). */
const tailQuantile = (r: number): number => {
  if (r <= 5) {
    const s = r - 1.6;
    return (
      (((((((s * 0.0007745450142783414 + 0.022723844989269184) * s + 0.2417807251774506) * s +
        1.2704582524523684) *
        s +
        3.6478483247632045) *
        s +
        5.769497221460691) *
        s +
        4.630337846156546) *
        s +
        1.4234371107496835) /
      (((((((s * 1.0507500716444169e-9 + 0.0005475938084995345) * s + 0.015198666563616457) * s +
        0.14810397642748008) *
        s +
        0.6897673349851) *
        s +
        1.6763848301838038) *
        s +
        2.053191626637759) *
        s +
        1)
    );
  }
  const s = r - 5;
  return (
    (((((((s * 2.0103343992922881e-7 + 2.7115555687434876e-5) * s + 0.0012426609473880784) * s +
      0.026532189526576124) *
      s +
      0.29656057182850487) *
      s +
      1.7848265399172913) *
      s +
      5.463784911164114) *
      s +
      6.657904643501103) /
    (((((((s * 2.0442631033899397e-15 + 1.421511758316446e-7) * s + 1.8463183175100548e-5) * s +
      0.0007868691311456133) *
      s +
      0.014875361290850615) *
      s +
      0.1369298809227358) *
      s +
      0.599832206555888) *
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
