/**
 * Cohen's h, an effect size for the difference between two proportions (J. Cohen, Statistical
 * Power Analysis for the Behavioral Sciences, 2nd ed., 1988, ch. 6):
 *   h = 2·asin(√p1) − 2·asin(√p2).
 * The arcsine square-root transform stabilises the variance, so equal h means equally
 * detectable differences anywhere in [0, 1]. Cohen's rough benchmarks: 0.2 small, 0.5 medium,
 * 0.8 large. Positive when p1 > p2.
 */
export const cohensH = (p1: number, p2: number): number => {
  if (!(p1 >= 0 && p1 <= 1 && p2 >= 0 && p2 <= 1)) throw new RangeError("cohensH requires 0 <= p1, p2 <= 1");
  return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
};
