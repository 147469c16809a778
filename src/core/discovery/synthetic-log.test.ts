import { describe, expect, it } from "vitest";
import { PLANTINGS, SYNTHETIC_FEATURES, syntheticHiringLog } from "./synthetic-log.ts";

describe("syntheticHiringLog", () => {
  it("makes the same log from the same seed, with 20 features of both kinds", () => {
    const a = syntheticHiringLog({ n: 500, seed: 3, planted: PLANTINGS.careerGapPartTime });
    const b = syntheticHiringLog({ n: 500, seed: 3, planted: PLANTINGS.careerGapPartTime });
    expect(a.rows).toEqual(b.rows);
    expect(a.features).toHaveLength(20);
    expect(new Set(Object.values(SYNTHETIC_FEATURES))).toEqual(new Set(["numeric", "categorical"]));
    expect(a.rows.some((r) => r.commute_km === null)).toBe(true);
  });

  it("plants the combination in about 9% of applicants and lowers their chance of selection", () => {
    const log = syntheticHiringLog({ n: 20_000, seed: 1, planted: PLANTINGS.careerGapPartTime });
    const planted = log.planted.reduce((a, b) => a + b, 0);
    expect(planted / 20_000).toBeGreaterThan(0.07);
    expect(planted / 20_000).toBeLessThan(0.11);
    const rate = (inGroup: boolean) => {
      const rows = log.rows.filter((_, i) => (log.planted[i] === 1) === inGroup);
      return rows.filter((r) => r.selected === 1).length / rows.length;
    };
    expect(rate(true)).toBeCloseTo(0.14, 1);
    expect(rate(false)).toBeCloseTo(0.35, 1);
    for (const [i, row] of log.rows.entries()) {
      if (!log.planted[i]) continue;
      expect(row.gap_months as number).toBeGreaterThanOrEqual(12);
      expect(row.hours_per_week as number).toBeLessThanOrEqual(24);
    }
  });

  it("adds protected attributes without changing the other columns", () => {
    const plain = syntheticHiringLog({ n: 300, seed: 5 });
    const withProtected = syntheticHiringLog({ n: 300, seed: 5, withProtected: true });
    expect(withProtected.rows.map(({ gender: _, origin: __, ...rest }) => rest)).toEqual(plain.rows);
    expect(withProtected.table.protected).toEqual(["gender", "origin"]);
  });
});
