import { describe, expect, it } from "vitest";
import { EXPLAINER_DEFAULTS, explainBias } from "./bias-explainer.ts";
import type { ModelChoice } from "./screening-model.ts";
import { thresholdOutcome } from "./threshold-outcome.ts";

const DEFAULTS = EXPLAINER_DEFAULTS;
const DEFAULT_THRESHOLD = EXPLAINER_DEFAULTS.threshold;

const FULL: ModelChoice = { useProtected: true, useProxies: true };
const PROXIES_ONLY: ModelChoice = { useProtected: false, useProxies: true };
const NEITHER: ModelChoice = { useProtected: false, useProxies: false };

const impactRatio = (e: ReturnType<typeof explainBias>, choice: ModelChoice, threshold = DEFAULT_THRESHOLD) =>
  thresholdOutcome(e.history.cohort, e.variant(choice).scores, threshold).impactRatio.value as number;
const mean = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

describe("explainBias", () => {
  it("is reproducible by seed", () => {
    const a = explainBias({ seed: 17 });
    const b = explainBias({ seed: 17 });
    expect(a.variant(PROXIES_ONLY).model).toEqual(b.variant(PROXIES_ONLY).model);
    expect([...a.variant(FULL).scores]).toEqual([...b.variant(FULL).scores]);
    expect(a.summary).toEqual(b.summary);
    expect(explainBias({ seed: 18 }).variant(FULL).model).not.toEqual(a.variant(FULL).model);
  });

  it("repeats the history's bias on a new, unbiased cohort", () => {
    const e = explainBias(DEFAULTS);
    expect(e.summary.impactRatio.value).toBeLessThan(0.7);
    expect(impactRatio(e, FULL)).toBeLessThan(0.5);
  });

  it("leaves a clear gap when the protected attribute is removed but the proxies stay (default settings)", () => {
    const e = explainBias(DEFAULTS);
    expect(impactRatio(e, PROXIES_ONLY)).toBeLessThan(0.7);
    expect(impactRatio(e, PROXIES_ONLY)).toBeGreaterThan(impactRatio(e, FULL));
    for (const scenario of ["gender", "migration"] as const) {
      const ratios = seeds.map((seed) => impactRatio(explainBias({ seed, scenario }), PROXIES_ONLY));
      expect(mean(ratios), scenario).toBeLessThan(0.72);
    }
  });

  it("shrinks the gap when the proxies are removed too", () => {
    const e = explainBias(DEFAULTS);
    expect(impactRatio(e, NEITHER)).toBeGreaterThan(impactRatio(e, PROXIES_ONLY) + 0.15);
    const ratios = seeds.map((seed) => impactRatio(explainBias({ seed }), NEITHER));
    expect(Math.abs(mean(ratios) - 1)).toBeLessThan(0.08);
  });

  it("gives an impact ratio near 1 for every model when the past decisions were fair", () => {
    for (const choice of [FULL, PROXIES_ONLY, NEITHER]) {
      const ratios = seeds.map((seed) =>
        impactRatio(explainBias({ seed, biasStrength: 0, size: 5000 }), choice),
      );
      expect(Math.abs(mean(ratios) - 1), JSON.stringify(choice)).toBeLessThan(0.06);
    }
  });

  it("misses more suitable candidates of the protected group with the biased model", () => {
    const e = explainBias(DEFAULTS);
    const o = thresholdOutcome(e.history.cohort, e.variant(PROXIES_ONLY).scores, DEFAULT_THRESHOLD);
    const share = (g: typeof o.protectedGroup) => g.missedSuitable / g.suitable;
    expect(share(o.protectedGroup)).toBeGreaterThan(share(o.otherGroup) + 0.1);
  });
});
