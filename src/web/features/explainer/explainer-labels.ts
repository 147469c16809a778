import type { Scenario } from "../../../core/explainer/hiring-history.ts";
import type { ModelFeature } from "../../../core/explainer/screening-model.ts";
import type { UiKey } from "../../i18n/en.ts";

/** The words of a scenario: the two groups, the protected attribute and the proxies. */
export interface ScenarioWords {
  readonly protectedGroup: UiKey;
  readonly otherGroup: UiKey;
  /** The protected attribute, as a thing a model can be given ("gender"). */
  readonly attribute: UiKey;
  /** Both proxies together ("part-time work and a career gap"). */
  readonly proxies: UiKey;
}

export const SCENARIO_WORDS: Readonly<Record<Scenario, ScenarioWords>> = {
  gender: {
    protectedGroup: "learn.group.women",
    otherGroup: "learn.group.men",
    attribute: "learn.attribute.gender",
    proxies: "learn.proxies.gender",
  },
  migration: {
    protectedGroup: "learn.group.migration",
    otherGroup: "learn.group.noMigration",
    attribute: "learn.attribute.migration",
    proxies: "learn.proxies.migration",
  },
};

/** The scorecard's name of a feature, and what its points count (per point, per year, or for "yes"). */
export function featureWords(scenario: Scenario, feature: ModelFeature): { name: UiKey; unit: UiKey } {
  switch (feature) {
    case "testScore":
      return { name: "learn.feature.testScore", unit: "learn.unit.perPoint" };
    case "experience":
      return { name: "learn.feature.experience", unit: "learn.unit.perYear" };
    case "protectedGroup":
      return {
        name: scenario === "gender" ? "learn.feature.woman" : "learn.feature.migration",
        unit: "learn.unit.ifYes",
      };
    case "proxyA":
      return {
        name: scenario === "gender" ? "learn.feature.partTime" : "learn.feature.postcode",
        unit: "learn.unit.ifYes",
      };
    case "proxyB":
      return { name: "learn.feature.careerGap", unit: "learn.unit.ifYes" };
  }
}

/** A feature the visitor has been told carries the group: the protected attribute or a proxy. */
export const carriesGroup = (feature: ModelFeature): boolean =>
  feature === "protectedGroup" || feature === "proxyA" || feature === "proxyB";

/** The threshold slider's steps, in percent, and the thresholds of the impact-ratio curve (0–1). */
export const THRESHOLD_RANGE = { min: 5, max: 95, step: 1 } as const;
export const CURVE_THRESHOLDS: readonly number[] = Array.from({ length: 19 }, (_, i) => (5 + 5 * i) / 100);

/** The seed field's text as a seed: a whole number from 1 to 999,999, or null. */
export function parseSeed(text: string): number | null {
  if (!/^\s*\d{1,6}\s*$/.test(text)) return null;
  const seed = Number(text.trim());
  return seed >= 1 ? seed : null;
}

/** A group's name at the start of a table row or a chart label ("women" → "Women"). */
export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);
