import { describe, expect, it } from "vitest";
import { binOf, quantileBins, roundThreshold } from "./numeric-bins.ts";

describe("quantileBins", () => {
  it("gives one bin per value when there are few distinct values", () => {
    const bins = quantileBins(Float64Array.from([8, 8, 16, 24, 24, 24, 40]), 32);
    expect(bins.cuts).toEqual([16, 24, 40]);
    expect(bins.min).toEqual([8, 16, 24, 40]);
    expect(bins.max).toEqual([8, 16, 24, 40]);
    expect([8, 10, 16, 39, 40, 41].map((x) => binOf(bins, x))).toEqual([0, 0, 1, 2, 3, 3]);
  });

  it("cuts at quantiles and never splits ties", () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => Math.floor(i / 2));
    const bins = quantileBins(values, 10);
    expect(bins.cuts).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45]);
    expect(bins.min[1]).toBe(5);
    expect(bins.max[1]).toBe(9);
  });

  it("gives a mass point a bin of its own and spreads the others over the remaining values", () => {
    // 60 zeros and 40 distinct positive values: the zeros get one bin, the nine others the 40 values.
    const values = Float64Array.from([...Array(60).fill(0), ...Array.from({ length: 40 }, (_, i) => i + 1)]);
    const bins = quantileBins(values, 10);
    expect(bins.cuts).toEqual([1, 5, 9, 14, 18, 23, 27, 32, 36]);
    expect([bins.min[0], bins.max[0]]).toEqual([0, 0]);
    for (let j = 1; j < bins.cuts.length; j++) expect(bins.cuts[j]!).toBeGreaterThan(bins.cuts[j - 1]!);
  });
});

describe("roundThreshold", () => {
  it("picks the roundest number that splits the data the same way", () => {
    expect(roundThreshold(23.7, 24.2, "low", 23.7)).toBe(24);
    expect(roundThreshold(24, 28, "low", 24)).toBe(24);
    expect(roundThreshold(11, 12, "high", 12)).toBe(12);
    expect(roundThreshold(0.312, 0.315, "low", 0.312)).toBe(0.312);
    expect(roundThreshold(3140, 3260, "high", 3260)).toBe(3200);
    expect(roundThreshold(-5.5, -4.9, "high", -4.9)).toBe(-5);
  });

  it("respects which end belongs to the interval", () => {
    // [10, 20): 10 qualifies; (10, 20]: 20 does.
    expect(roundThreshold(10, 20, "low", 10)).toBe(10);
    expect(roundThreshold(10, 20, "high", 20)).toBe(20);
  });
});
