import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimalCriteria, scoreIfMet } from "./minimal-criteria.ts";
import type { Contribution } from "./screening-result.ts";

const contribution = (i: number, weight: number, fulfilment: number): Contribution => ({
  criterionId: `c${i}`,
  label: { nl: `c${i}`, en: `c${i}` },
  kind: "criterion",
  weight,
  fulfilment,
  points: weight * fulfilment,
  met: fulfilment === 1,
  evidence: null,
  explanation: { nl: "", en: "" },
});

/** Quarters and whole weights keep the sums exact, so greedy and brute force compare without rounding. */
const contributions = fc
  .array(fc.record({ weight: fc.integer({ min: 1, max: 12 }), quarter: fc.integer({ min: 0, max: 4 }) }), {
    minLength: 0,
    maxLength: 7,
  })
  .map((xs) => xs.map((x, i) => contribution(i, x.weight, x.quarter / 4)));

/** The fewest criteria to reach the target, by trying every subset; null when none reaches it. */
function bruteForce(list: readonly Contribution[], target: number): number | null {
  let best: number | null = null;
  for (let mask = 0; mask < 1 << list.length; mask++) {
    const chosen = new Set(list.filter((_, i) => mask & (1 << i)).map((c) => c.criterionId));
    if (scoreIfMet(list, chosen) >= target && (best === null || chosen.size < best)) best = chosen.size;
  }
  return best;
}

describe("minimalCriteria", () => {
  it("takes the largest gains first, ties in vacancy order, and lists ids in vacancy order", () => {
    const list = [
      contribution(0, 10, 0.5),
      contribution(1, 10, 0),
      contribution(2, 5, 0),
      contribution(3, 10, 0),
    ];
    expect(minimalCriteria(list, 5 + 10)).toEqual({ ids: ["c1"], reachable: true });
    expect(minimalCriteria(list, 5 + 20)).toEqual({ ids: ["c1", "c3"], reachable: true });
    expect(minimalCriteria(list, 5)).toEqual({ ids: [], reachable: true });
    expect(minimalCriteria(list, 36)).toEqual({ ids: ["c0", "c1", "c2", "c3"], reachable: false });
  });

  it("is as small as the best subset found by brute force, and reaches the target", () => {
    fc.assert(
      fc.property(contributions, fc.integer({ min: 0, max: 90 }), (list, target) => {
        const found = minimalCriteria(list, target);
        const best = bruteForce(list, target);
        expect(found.reachable).toBe(best !== null);
        if (best !== null) {
          expect(found.ids).toHaveLength(best);
          expect(scoreIfMet(list, new Set(found.ids))).toBeGreaterThanOrEqual(target);
        }
      }),
      { seed: 20261129, numRuns: 400 },
    );
  });
});
