import { describe, expect, it } from "vitest";
import { deriveSeed, seededRandom } from "./seeded-random.ts";

describe("seededRandom", () => {
  it("gives the same numbers for the same seed, other numbers for another", () => {
    const draw = (seed: number) => {
      const r = seededRandom(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("draws uniforms in [0, 1) and normals with mean 0 and variance 1", () => {
    const r = seededRandom(7);
    const n = 20_000;
    const u = Array.from({ length: n }, () => r.next());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const z = Array.from({ length: n }, () => r.normal());
    const mean = z.reduce((s, v) => s + v, 0) / n;
    const variance = z.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
    // Standard errors: 1/√n ≈ 0.007 for the mean, √(2/n) ≈ 0.01 for the variance.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it("derives distinct streams from one seed", () => {
    expect(new Set([0, 1, 2, 3].map((s) => deriveSeed(5, s))).size).toBe(4);
    expect(deriveSeed(5, 1)).toBe(deriveSeed(5, 1));
  });

  it("refuses a seed that is not a number", () => {
    expect(() => seededRandom(Number.NaN)).toThrow(RangeError);
  });
});
