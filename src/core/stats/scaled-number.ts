/**
 * A positive number kept as mantissa × 2^(−600·exponent), so that products of millions of
 * probability ratios (for example, how much less likely a far-tail 2×2 table is than the most
 * likely one, which can be 10^-5000) neither underflow to 0 nor lose relative precision.
 * Rescaling multiplies by a power of two, which is exact in binary floating point.
 */
export interface ScaledNumber {
  /** In [2^-400, 2^600] for every value built from scaledOne by scaledTimes. */
  readonly mantissa: number;
  readonly exponent: number;
}

const SCALE = 2 ** 600;
const INVERSE_SCALE = 2 ** -600;
/** Rescale once the mantissa drops below this, long before it could reach the subnormal range. */
const RESCALE_BELOW = 2 ** -400;

export const scaledOne: ScaledNumber = { mantissa: 1, exponent: 0 };

/** x × factor for a positive finite factor. */
export const scaledTimes = (x: ScaledNumber, factor: number): ScaledNumber => {
  let mantissa = x.mantissa * factor;
  let exponent = x.exponent;
  while (mantissa < RESCALE_BELOW && mantissa > 0) {
    mantissa *= SCALE;
    exponent += 1;
  }
  while (mantissa > SCALE) {
    mantissa *= INVERSE_SCALE;
    exponent -= 1;
  }
  return { mantissa, exponent };
};

/** The ordinary double nearest to x (0 or a subnormal once x is below about 1e-308). */
export const scaledToNumber = (x: ScaledNumber): number => {
  let value = x.mantissa;
  for (let e = x.exponent; e > 0 && value !== 0; e--) value *= INVERSE_SCALE;
  for (let e = x.exponent; e < 0; e++) value *= SCALE;
  return value;
};

/** log₂ x, finite even where x itself is far below the double range. */
export const scaledLog2 = (x: ScaledNumber): number => Math.log2(x.mantissa) - 600 * x.exponent;

/** x ≤ y. */
export const scaledLessOrEqual = (x: ScaledNumber, y: ScaledNumber): boolean => {
  const difference = x.exponent - y.exponent;
  if (difference === 0) return x.mantissa <= y.mantissa;
  // Mantissas stay within [2^-400, 2^600] (scaledTimes keeps them there), so two or more exponents
  // apart the order is settled by the exponents alone; one apart, a single exact rescaling decides.
  if (difference >= 2) return true;
  if (difference <= -2) return false;
  return difference === 1
    ? x.mantissa * INVERSE_SCALE <= y.mantissa
    : x.mantissa <= y.mantissa * INVERSE_SCALE;
};
