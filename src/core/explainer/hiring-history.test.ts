import { describe, expect, it } from "vitest";
import { hiringHistory, SUITABILITY_CUT } from "./hiring-history.ts";

const share = <T>(items: readonly T[], p: (t: T) => boolean) => items.filter(p).length / items.length;

describe("hiringHistory", () => {
  it("is reproducible by seed", () => {
    expect(hiringHistory({ seed: 11 })).toEqual(hiringHistory({ seed: 11 }));
    expect(hiringHistory({ seed: 11 }).past).not.toEqual(hiringHistory({ seed: 12 }).past);
  });

  it("keeps the applicants when only the bias strength changes, and only lowers the protected group's hires", () => {
    const fair = hiringHistory({ seed: 3, biasStrength: 0 });
    const biased = hiringHistory({ seed: 3, biasStrength: 2 });
    expect(biased.cohort).toEqual(fair.cohort);
    fair.past.forEach((a, i) => {
      const b = biased.past[i]!;
      expect(b.testScore).toBe(a.testScore);
      if (!a.protectedGroup) expect(b.hired).toBe(a.hired);
      else if (b.hired) expect(a.hired).toBe(true);
    });
  });

  it("makes both groups equally suitable, with proxies that go with the group", () => {
    const { past } = hiringHistory({ seed: 5, size: 20_000 });
    const inGroup = past.filter((a) => a.protectedGroup);
    const others = past.filter((a) => !a.protectedGroup);
    expect(Math.abs(share(inGroup, (a) => a.suitable) - share(others, (a) => a.suitable))).toBeLessThan(0.03);
    expect(share(inGroup, (a) => a.proxyA) - share(others, (a) => a.proxyA)).toBeGreaterThan(0.4);
    expect(share(inGroup, (a) => a.proxyB) - share(others, (a) => a.proxyB)).toBeGreaterThan(0.2);
    for (const a of past.slice(0, 500)) {
      expect(a.suitable).toBe(a.ability > SUITABILITY_CUT);
      expect(a.testScore).toBeGreaterThanOrEqual(0);
      expect(a.testScore).toBeLessThanOrEqual(100);
      expect(a.experience).toBeGreaterThanOrEqual(0);
      expect(a.experience).toBeLessThanOrEqual(15);
    }
  });

  it("holds the protected group back beyond suitability when biased", () => {
    const { past } = hiringHistory({ seed: 5, size: 20_000, biasStrength: 1.5 });
    const suitableHired = (p: boolean) =>
      share(
        past.filter((a) => a.suitable && a.protectedGroup === p),
        (a) => a.hired,
      );
    expect(suitableHired(true) / suitableHired(false)).toBeLessThan(0.7);
  });

  it("refuses settings outside their range", () => {
    expect(() => hiringHistory({ seed: 1, size: 3 })).toThrow(RangeError);
    expect(() => hiringHistory({ seed: 1, biasStrength: -1 })).toThrow(RangeError);
  });
});
