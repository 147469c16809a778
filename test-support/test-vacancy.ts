/**
 * Test support for the screening tests (kept here because tests may only live in this folder): a small
 * vacancy and candidates to vary.
 */
import type {
  Candidate,
  Condition,
  Criterion,
  KnockoutRule,
  Vacancy,
} from "../src/core/screening/vacancy.ts";

export const criterion = (id: string, weight: number, condition: Condition): Criterion => ({
  id,
  label: { nl: `NL ${id}`, en: `EN ${id}` },
  weight,
  condition,
});

export const knockout = (id: string, condition: Condition): KnockoutRule => ({
  id,
  label: { nl: `Eis ${id}`, en: `Rule ${id}` },
  reason: { nl: `Reden ${id}.`, en: `Reason ${id}.` },
  condition,
});

/** Licence knock-out; experience 0..5 (40), Dutch B1 (30), skill (20); nice-to-have (10). Max 100. */
export const testVacancy = (overrides: Partial<Vacancy> = {}): Vacancy => ({
  schema: "aware.vacancy/1",
  id: "test",
  title: { nl: "Testfunctie", en: "Test job" },
  knockouts: [knockout("licence", { kind: "yes", field: "licence" })],
  criteria: [
    criterion("experience", 40, { kind: "scale", field: "years", from: 0, to: 5 }),
    criterion("dutch", 30, { kind: "cefr", field: "dutch", level: "B1" }),
    criterion("skill", 20, { kind: "includes", field: "skills", value: "planning" }),
  ],
  niceToHaves: [criterion("extra", 10, { kind: "yes", field: "extra" })],
  thresholds: { advance: 70, review: 40 },
  protectedColumns: ["gender", "age_band"],
  profileFields: { careerGapMonths: "gap_months", diplomaCountry: "diploma_country", homeCountry: "NL" },
  ...overrides,
});

/** A candidate who meets everything, with protected columns present. */
export const strongFields: Readonly<Record<string, string>> = {
  licence: "ja",
  years: "5",
  dutch: "B2",
  skills: "planning; rapporteren",
  extra: "yes",
  gap_months: "0",
  diploma_country: "nl",
  gender: "vrouw",
  age_band: "50+",
};

export const candidate = (id: string, fields: Readonly<Record<string, string | null>> = {}): Candidate => ({
  id,
  fields: { ...strongFields, ...fields },
});
