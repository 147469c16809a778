/**
 * A vacancy as the screening engine reads it (schema "aware.vacancy/1", docs/vacancy-schema.md): the
 * published knock-out rules, the weighted criteria and nice-to-haves, and the thresholds. Criteria are
 * phrased in terms of skills, experience, certificates and languages, never personal characteristics.
 */

/** Text in both languages of the product. */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/**
 * What a candidate's field must show. `field` names a column of the candidates file (or a field of
 * the application form).
 *  - yes: the field says yes (1/yes/true/ja).
 *  - atLeast: a number at least `value` (e.g. years of experience).
 *  - scale: a number scored linearly from `from` (nothing) to `to` (full); partial credit.
 *  - oneOf: the text is one of `values` (case-insensitive), e.g. a certificate.
 *  - includes: a list (separated by ; or ,) contains `value`, e.g. a skill.
 *  - cefr: a language level at least `level` (A1 < … < C2).
 */
export type Condition =
  | { readonly kind: "yes"; readonly field: string }
  | { readonly kind: "atLeast"; readonly field: string; readonly value: number }
  | { readonly kind: "scale"; readonly field: string; readonly from: number; readonly to: number }
  | { readonly kind: "oneOf"; readonly field: string; readonly values: readonly string[] }
  | { readonly kind: "includes"; readonly field: string; readonly value: string }
  | { readonly kind: "cefr"; readonly field: string; readonly level: CefrLevel };

export interface KnockoutRule {
  readonly id: string;
  readonly label: Bilingual;
  /** Why the job needs it: published with the rule, shown in explanations. */
  readonly reason: Bilingual;
  readonly condition: Condition;
}

export interface Criterion {
  readonly id: string;
  readonly label: Bilingual;
  /** Points for full fulfilment (> 0). */
  readonly weight: number;
  readonly condition: Condition;
}

export interface Vacancy {
  readonly schema: "aware.vacancy/1";
  readonly id: string;
  readonly title: Bilingual;
  /** Automatic rejection happens only by these rules, and only when the data to check them is present. */
  readonly knockouts: readonly KnockoutRule[];
  readonly criteria: readonly Criterion[];
  /** Count like criteria, with (usually small) weights; kept apart so the vacancy text can say so. */
  readonly niceToHaves: readonly Criterion[];
  readonly thresholds: {
    /** Score (points) at or above which the recommendation is "advance". */
    readonly advance: number;
    /** Score at or above which it is "review"; below it "reject" (a recommendation: a person decides). */
    readonly review: number;
  };
  /** Columns of the candidates file that hold protected characteristics: never read by the engine. */
  readonly protectedColumns: readonly string[];
  /** Optional fields that feed the atypical-profile check. */
  readonly profileFields?: {
    /** Months without work in the career (a gap longer than `maxGapMonths` is atypical). */
    readonly careerGapMonths?: string;
    readonly maxGapMonths?: number;
    /** Country of the highest diploma; another than `homeCountry` is atypical (recognition takes a person). */
    readonly diplomaCountry?: string;
    readonly homeCountry?: string;
  };
}

/** One candidate: an id and their fields as text (empty or missing = not known). */
export interface Candidate {
  readonly id: string;
  readonly fields: Readonly<Record<string, string | null | undefined>>;
}
