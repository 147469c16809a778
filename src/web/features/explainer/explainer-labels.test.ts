import { describe, expect, it } from "vitest";
import { SCENARIOS } from "../../../core/explainer/hiring-history.ts";
import { modelFeatures } from "../../../core/explainer/screening-model.ts";
import { en } from "../../i18n/en.ts";
import {
  CURVE_THRESHOLDS,
  carriesGroup,
  featureWords,
  parseSeed,
  SCENARIO_WORDS,
} from "./explainer-labels.ts";

describe("explainer labels", () => {
  it("name every feature of every scenario with a text that exists", () => {
    for (const scenario of SCENARIOS) {
      for (const feature of modelFeatures({ useProtected: true, useProxies: true })) {
        const { name, unit } = featureWords(scenario, feature);
        expect(en[name]).toBeTruthy();
        expect(en[unit]).toBeTruthy();
      }
      const words = SCENARIO_WORDS[scenario];
      for (const key of [words.protectedGroup, words.otherGroup, words.attribute, words.proxies]) {
        expect(en[key]).toBeTruthy();
      }
    }
  });

  it("marks the protected attribute and the proxies, not the measures of suitability", () => {
    expect(
      ["testScore", "experience", "protectedGroup", "proxyA", "proxyB"].map((f) => carriesGroup(f as never)),
    ).toEqual([false, false, true, true, true]);
  });

  it("reads a seed only as a whole number from 1 to 999,999", () => {
    expect(parseSeed("2026")).toBe(2026);
    expect(parseSeed(" 7 ")).toBe(7);
    for (const bad of ["", "0", "-3", "1.5", "1234567", "abc"]) expect(parseSeed(bad), bad).toBeNull();
  });

  it("draws the curve from 5 % to 95 %", () => {
    expect(CURVE_THRESHOLDS[0]).toBe(0.05);
    expect(CURVE_THRESHOLDS.at(-1)).toBe(0.95);
    expect(CURVE_THRESHOLDS).toHaveLength(19);
  });
});
