import { normalQuantile } from "./normal.ts";

/**
 * z such that a standard normal falls in (−z, z) with probability `level`, i.e. Φ⁻¹(1 − α/2)
 * with α = 1 − level (1.959963984540054 for 0.95). Computed as −Φ⁻¹(α/2) so the small tail
 * probability is never rounded through 1 − α/2 (same as scipy `norm.isf(alpha / 2)`).
 */
export const normalCriticalValue = (fn: string, level: number): number => {
  if (!(level > 0 && level < 1)) throw new RangeError(`${fn} requires 0 < level < 1`);
  return -normalQuantile((1 - level) / 2);
};
