import type { Bilingual } from "./vacancy.ts";

/** A problem in a vacancy, with where it is and a plain-language message: what is wrong and why. */
export interface VacancyProblem {
  /** Stable code for adapters and tests, e.g. "protected-characteristic", "proxy-postcode". */
  readonly code: string;
  /** Where in the vacancy, e.g. "criteria[2].condition.field". */
  readonly path: string;
  /** The candidate field concerned, when there is one. */
  readonly field?: string;
  readonly message: Bilingual;
}

/** Errors make the vacancy unusable for screening; warnings are allowed and explained. */
export interface VacancyCheck {
  readonly errors: VacancyProblem[];
  readonly warnings: VacancyProblem[];
}

export const problem = (code: string, path: string, message: Bilingual, field?: string): VacancyProblem =>
  field === undefined ? { code, path, message } : { code, path, field, message };
