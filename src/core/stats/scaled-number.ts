/**
 * A positive number kept as mantissa × 2^(−600·exponent), so that products of millions of
 * probability ratios (for example, how much less likely a far-tail 2×2 table is than the most
 * likely one, which can be 10^-5000) neither underflow to 0 nor lose relative precision.
 * Rescaling multiplies by a power of two, which is exact in binary floating point.
 */
export interface ScaledNumber {
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

/** x ≤ y. */
export const scaledLessOrEqual = (x: ScaledNumber, y: ScaledNumber): boolean => {
  if (x.exponent === y.exponent) return x.mantissa <= y.mantissa;
  // Compare on y's scale; a difference of two or more exponents underflows to 0, which still orders correctly.
  return scaledToNumber({ mantissa: x.mantissa, exponent: x.exponent - y.exponent }) <= y.mantissa;
};
