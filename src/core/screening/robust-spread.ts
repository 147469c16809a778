/** The median of a non-empty list (the mean of the middle two for an even count). */
export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) throw new RangeError("median of an empty list");
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Median and robust standard deviation: the median absolute deviation × 1.4826, which estimates the
 * standard deviation for normal data but is not pulled by the outliers it is meant to find
 * (Rousseeuw & Croux 1993; Leys et al. 2013, "Detecting outliers: do not use standard deviation
 * around the mean, use absolute deviation around the median").
 */
export const robustSpread = (xs: readonly number[]): { median: number; sd: number } => {
  const m = median(xs);
  return { median: m, sd: 1.4826 * median(xs.map((x) => Math.abs(x - m))) };
};
