/**
 * Test support: random vacancies and candidates for the screening property tests (fast-check). Fields
 * f0..f5 hold the rules' data; "gender" and "age_band" are protected columns with arbitrary values.
 */
import fc from "fast-check";
import type { Candidate, Condition, Vacancy } from "../src/core/screening/vacancy.ts";

const FIELDS = ["f0", "f1", "f2", "f3", "f4", "f5"];

const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ kind: fc.constant("yes" as const), field: fc.constantFrom(...FIELDS) }),
  fc.record({
    kind: fc.constant("atLeast" as const),
    field: fc.constantFrom(...FIELDS),
    value: fc.integer({ min: 0, max: 8 }),
  }),
  fc.record({
    kind: fc.constant("scale" as const),
    field: fc.constantFrom(...FIELDS),
    from: fc.constant(0),
    to: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({
    kind: fc.constant("oneOf" as const),
    field: fc.constantFrom(...FIELDS),
    values: fc.constant(["BHV", "EHBO"]),
  }),
  fc.record({
    kind: fc.constant("includes" as const),
    field: fc.constantFrom(...FIELDS),
    value: fc.constant("wondzorg"),
  }),
  fc.record({
    kind: fc.constant("cefr" as const),
    field: fc.constantFrom(...FIELDS),
    level: fc.constantFrom("A2" as const, "B1" as const, "C1" as const),
  }),
);

export const vacancies: fc.Arbitrary<Vacancy> = fc
  .record({
    knockouts: fc.array(condition, { maxLength: 2 }),
    criteria: fc.array(fc.record({ condition, weight: fc.integer({ min: 1, max: 20 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    niceToHaves: fc.array(fc.record({ condition, weight: fc.integer({ min: 1, max: 5 }) }), { maxLength: 2 }),
    advanceShare: fc.double({ min: 0, max: 1, noNaN: true }),
    reviewShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ knockouts, criteria, niceToHaves, advanceShare, reviewShare }) => {
    const max = [...criteria, ...niceToHaves].reduce((s, c) => s + c.weight, 0);
    const advance = Math.round(max * advanceShare);
    const label = (id: string) => ({ nl: `NL ${id}`, en: `EN ${id}` });
    return {
      schema: "aware.vacancy/1",
      id: "random",
      title: label("job"),
      knockouts: knockouts.map((c, i) => ({
        id: `k${i}`,
        label: label(`k${i}`),
        reason: label(`why k${i}`),
        condition: c,
      })),
      criteria: criteria.map((c, i) => ({ id: `c${i}`, label: label(`c${i}`), ...c })),
      niceToHaves: niceToHaves.map((c, i) => ({ id: `n${i}`, label: label(`n${i}`), ...c })),
      thresholds: { advance, review: Math.round(advance * reviewShare) },
      protectedColumns: ["gender", "age_band"],
      profileFields: { careerGapMonths: "gap", diplomaCountry: "country", homeCountry: "NL" },
    } satisfies Vacancy;
  });

const value = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom("", "ja", "nee", "x?") },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("2,5", "7.25") },
  { weight: 1, arbitrary: fc.constantFrom("BHV", "ehbo", "VCA", "wondzorg; planning", "planning") },
  { weight: 1, arbitrary: fc.constantFrom("A1", "B1", "b2", "C2") },
);

export const protectedValue = fc.option(fc.string({ maxLength: 6 }), { nil: undefined });

const fields = fc.record({
  f0: value,
  f1: value,
  f2: value,
  f3: value,
  f4: value,
  f5: value,
  gap: fc.constantFrom("0", "6", "30", ""),
  country: fc.constantFrom("NL", "nl", "BE", ""),
  gender: protectedValue,
  age_band: protectedValue,
});

/** Candidates with unique ids. */
export const candidateLists = (maxLength: number): fc.Arbitrary<Candidate[]> =>
  fc
    .array(fields, { minLength: 1, maxLength })
    .map((list) => list.map((f, i) => ({ id: `id${i}`, fields: f })));

/** Text that meets a condition in full. */
export const meeting = (c: Condition): string => {
  switch (c.kind) {
    case "yes":
      return "ja";
    case "atLeast":
      return String(c.value);
    case "scale":
      return String(c.to);
    case "oneOf":
      return c.values[0] ?? "";
    case "includes":
      return c.value;
    case "cefr":
      return "C2";
  }
};
