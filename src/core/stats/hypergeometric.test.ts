import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import reference from "./fixtures/stats-reference.json" with { type: "json" };
import { hypergeometricPmf } from "./hypergeometric.ts";

describe("hypergeometricPmf", () => {
  it("matches the exact probabilities", () => {
    for (const { k, population, successes, draws, pmf } of reference.hypergeometricPmf) {
      // Differences of log factorials lose ~1e-16·ln C(population, draws) (see hypergeometric.ts), so
      // 1e-12 up to a population of a thousand (observed 6e-13) and 1e-9 beyond (observed 2.3e-10 at 100 000).
      const relative = population <= 1000 ? 1e-12 : 1e-9;
      expectClose(hypergeometricPmf(k, { population, successes, draws }), pmf, { relative });
    }
  });

  it("is 0 outside the support", () => {
    const parameters = { population: 10, successes: 4, draws: 8 };
    expect(hypergeometricPmf(1, parameters)).toBe(0);
    expect(hypergeometricPmf(5, parameters)).toBe(0);
    expect(hypergeometricPmf(-1, parameters)).toBe(0);
  });

  it("sums to 1 over the support", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.nat(), fc.nat(), (population, s, d) => {
        const parameters = { population, successes: s % (population + 1), draws: d % (population + 1) };
        let total = 0;
        for (let k = 0; k <= population; k++) total += hypergeometricPmf(k, parameters);
        expectClose(total, 1, { relative: 1e-12 });
      }),
    );
  });

  it("rejects impossible parameters", () => {
    expect(() => hypergeometricPmf(1, { population: 5, successes: 6, draws: 2 })).toThrow(
      new RangeError("hypergeometricPmf requires successes <= population"),
    );
    expect(() => hypergeometricPmf(1, { population: 5, successes: 2, draws: 6 })).toThrow(RangeError);
    expect(() => hypergeometricPmf(1, { population: -5, successes: 0, draws: 0 })).toThrow(RangeError);
    expect(() => hypergeometricPmf(1.5, { population: 5, successes: 2, draws: 2 })).toThrow(TypeError);
    expect(() => hypergeometricPmf(1, { population: 5.5, successes: 2, draws: 2 })).toThrow(TypeError);
  });
});
