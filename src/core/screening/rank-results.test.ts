import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankByScore, sameScore } from "./rank-results.ts";

describe("rankByScore", () => {
  it("ranks highest first, ties share a rank and the next rank skips", () => {
    const ranked = rankByScore([
      { id: "a", score: 50 },
      { id: "b", score: 80 },
      { id: "c", score: 50 },
      { id: "d", score: 10 },
    ]);
    expect(ranked.map((r) => [r.item.id, r.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
      ["d", 4],
    ]);
  });

  it("treats floating-point sums of the same points as a tie", () => {
    expect(sameScore(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameScore(70, 70.01)).toBe(false);
    const ranked = rankByScore([{ score: 0.1 + 0.2 }, { score: 0.3 }]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it("is a permutation, sorted, with ranks that count the items before", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }), (scores) => {
        const ranked = rankByScore(scores.map((score, i) => ({ score, i })));
        expect(ranked.map((r) => r.item.i).sort((a, b) => a - b)).toEqual(scores.map((_, i) => i));
        ranked.forEach((r, k) => {
          if (k > 0) expect(r.item.score).toBeLessThanOrEqual(ranked[k - 1]!.item.score);
          expect(r.rank).toBe(1 + scores.filter((s) => s > r.item.score).length);
        });
      }),
    );
  });
});
