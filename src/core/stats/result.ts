/** A statistic that could not be computed from valid data, with the reason in plain words. */
export interface Undefined {
  readonly status: "undefined";
  readonly reason: string;
}
/** A two-sided confidence interval. */
export interface Interval {
  readonly status: "ok";
  readonly lower: number;
  readonly upper: number;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
  readonly method: string;
}
/** A 2×2 table: group a (focal) and group b (comparison), each with selected and total counts. */
export interface TwoByTwo {
  readonly selectedA: number;
  readonly totalA: number;
  readonly selectedB: number;
  readonly totalB: number;
}
export const isUndefined = (x: { status: string }): x is Undefined => x.status === "undefined";
