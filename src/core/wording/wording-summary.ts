import {
  type CategorySummary,
  type GenderCoding,
  WORDING_CATEGORIES,
  type WordingCategory,
  type WordingFinding,
} from "./wording-finding.ts";

/** What one finding takes off its category's score, by the strength of its ground. */
export const PENALTY = { law: 25, guidance: 15, research: 10 } as const;
/** Per masculine-coded word more than feminine-coded ones. */
export const GENDER_BALANCE_PENALTY = 10;
/** Per requirement above the limit. */
export const REQUIREMENT_PENALTY = 5;

/**
 * The score of a category, 0–100: 100 when nothing is found, 0 when something the text needs is missing
 * (no salary, no accommodation statement). Otherwise each finding subtracts by the strength of its
 * ground: 25 for law, 15 for guidance, 10 for research. Two exceptions follow the evidence:
 *  - gender-coded words count by balance (Gaucher et al. 2011 found masculine wording deters women and
 *    feminine wording does not deter men): 10 per masculine-coded word beyond the feminine-coded ones;
 *  - a long requirement list subtracts 5 per item above the limit.
 * The score never drops below 0. It is a reading aid, not a legal measure.
 */
export function categoryScore(
  category: WordingCategory,
  findings: readonly WordingFinding[],
  requirements: { readonly items: number; readonly limit: number } | null,
): number {
  const own = findings.filter((f) => f.category === category);
  if (own.some((f) => f.kind === "missing" && f.rule !== "title.missing-gender-marker")) return 0;
  let penalty = 0;
  for (const f of own) {
    if (f.rule === "gender.masculine-coded" || f.rule === "gender.feminine-coded") continue;
    if (f.rule === "requirements.too-many" && requirements !== null)
      penalty += REQUIREMENT_PENALTY * (requirements.items - requirements.limit);
    else penalty += PENALTY[f.basis];
  }
  if (category === "gender") {
    const { masculine, feminine } = genderCoding(findings);
    penalty += GENDER_BALANCE_PENALTY * Math.max(0, masculine - feminine);
  }
  return Math.max(0, 100 - penalty);
}

/**
 * The balance of coded words, with gender-decoder's thresholds on feminine − masculine: 0 neutral
 * ("none" without any coded word), 1 to 3 feminine, above 3 strongly feminine, and the same below 0.
 */
export function genderCoding(findings: readonly WordingFinding[]): GenderCoding {
  const masculine = findings.filter((f) => f.rule === "gender.masculine-coded").length;
  const feminine = findings.filter((f) => f.rule === "gender.feminine-coded").length;
  const d = feminine - masculine;
  const coding =
    masculine + feminine === 0
      ? "none"
      : d === 0
        ? "neutral"
        : d > 3
          ? "strongly-feminine"
          : d > 0
            ? "feminine"
            : d < -3
              ? "strongly-masculine"
              : "masculine";
  return { masculine, feminine, coding };
}

export function wordingSummary(
  findings: readonly WordingFinding[],
  requirements: { readonly items: number; readonly limit: number } | null,
): Record<WordingCategory, CategorySummary> {
  return Object.fromEntries(
    WORDING_CATEGORIES.map((c) => [
      c,
      {
        count: findings.filter((f) => f.category === c).length,
        score: categoryScore(c, findings, requirements),
      },
    ]),
  ) as Record<WordingCategory, CategorySummary>;
}
