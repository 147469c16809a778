import { describe, expect, it } from "vitest";
import { bootstrapWeights, deriveSeed, mulberry32, seededRandom, shuffledIndices } from "./seeded-random.ts";

describe("seeded randomness", () => {
  it("is mulberry32: the same numbers on every machine", () => {
    // First outputs of mulberry32(1), as examples/seeded-random.ts gives them.
    const next = mulberry32(1);
    expect([next(), next(), next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it("derives distinct, reproducible streams", () => {
    const seeds = Array.from({ length: 100 }, (_, b) => deriveSeed(42, b));
    expect(new Set(seeds).size).toBe(100);
    expect(deriveSeed(42, 3)).toBe(seeds[3]);
    expect(deriveSeed(43, 3)).not.toBe(seeds[3]);
  });

  it("shuffles into a permutation and resamples n rows", () => {
    const order = shuffledIndices(50, seededRandom(7));
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const weights = bootstrapWeights(50, seededRandom(7));
    expect(weights.reduce((a, b) => a + b, 0)).toBe(50);
  });
});
