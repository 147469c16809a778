import { describe, expect, it } from "vitest";
import { criterion, knockout, testVacancy } from "../../../test-support/test-vacancy.ts";
import { checkVacancy } from "./check-vacancy.ts";
import type { Condition } from "./vacancy.ts";

const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);
const withCriterion = (condition: Condition, weight = 10) =>
  testVacancy({ niceToHaves: [criterion("x", weight, condition)] });

describe("checkVacancy", () => {
  it("accepts the test vacancy", () => {
    expect(checkVacancy(testVacancy())).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    "age",
    "leeftijd",
    "dateOfBirth",
    "geboortedatum",
    "gender",
    "geslacht",
    "ethnicity",
    "herkomst",
    "nationaliteit",
    "religion",
    "geloof",
    "disability",
    "beperking",
    "pregnant",
    "zwangerschap",
    "marital_status",
    "burgerlijke_staat",
    "sexual_orientation",
    "country of birth",
  ])("refuses a criterion on the protected field %s", (field) => {
    const { errors } = checkVacancy(withCriterion({ kind: "yes", field }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: "protected-characteristic",
      path: "niceToHaves[0].condition.field",
      field,
    });
    expect(errors[0]?.message.en).toMatch(/direct discrimination/);
    expect(errors[0]?.message.nl).toMatch(/direct onderscheid/);
  });

  it("refuses a knock-out on a column listed as protected, whatever its name", () => {
    const { errors } = checkVacancy(
      testVacancy({
        knockouts: [knockout("k", { kind: "yes", field: "Kolom_7" })],
        protectedColumns: ["kolom_7"],
      }),
    );
    expect(errors[0]).toMatchObject({
      code: "protected-characteristic",
      path: "knockouts[0].condition.field",
    });
    expect(errors[0]?.message.en).toMatch(/protected column/);
  });

  it("does not mistake ordinary words for protected ones", () => {
    for (const field of ["language", "wage", "manager", "stage", "original_certificate", "traceability"]) {
      expect(checkVacancy(withCriterion({ kind: "yes", field })).errors).toEqual([]);
    }
  });

  it("refuses non-positive weights, duplicate ids, empty scales and lists, bad levels", () => {
    expect(codes(checkVacancy(withCriterion({ kind: "yes", field: "f" }, 0)).errors)).toEqual([
      "non-positive-weight",
    ]);
    expect(codes(checkVacancy(withCriterion({ kind: "yes", field: "f" }, -2)).errors)).toEqual([
      "non-positive-weight",
    ]);
    expect(codes(checkVacancy(withCriterion({ kind: "scale", field: "f", from: 3, to: 3 })).errors)).toEqual([
      "empty-scale",
    ]);
    expect(codes(checkVacancy(withCriterion({ kind: "oneOf", field: "f", values: [] })).errors)).toEqual([
      "empty-one-of",
    ]);
    const bad = { kind: "cefr", field: "f", level: "" } as unknown as Condition;
    expect(codes(checkVacancy(withCriterion(bad)).errors)).toEqual(["invalid-cefr-level"]);
    const dup = testVacancy({ niceToHaves: [criterion("licence", 5, { kind: "yes", field: "f" })] });
    expect(checkVacancy(dup).errors).toMatchObject([{ code: "duplicate-id", path: "niceToHaves[0].id" }]);
  });

  it("refuses thresholds in the wrong order or out of reach", () => {
    expect(codes(checkVacancy(testVacancy({ thresholds: { advance: 50, review: 60 } })).errors)).toEqual([
      "threshold-order",
    ]);
    expect(checkVacancy(testVacancy({ thresholds: { advance: 101, review: 40 } })).errors).toMatchObject([
      { code: "threshold-unreachable", path: "thresholds.advance" },
    ]);
    expect(checkVacancy(testVacancy({ thresholds: { advance: 100, review: 100 } })).errors).toEqual([]);
  });

  it.each([
    ["postcode", "proxy-postcode"],
    ["woonplaats", "proxy-postcode"],
    ["afstudeerjaar", "proxy-graduation-year"],
    ["yearsSinceGraduation", "proxy-graduation-year"],
    ["moedertaal", "proxy-native-speaker"],
    ["employment_gap", "proxy-employment-gap"],
    ["hiaat_cv", "proxy-employment-gap"],
    ["foto", "proxy-photo"],
    ["achternaam", "proxy-name"],
  ])("warns about the proxy %s and explains it", (field, code) => {
    const { errors, warnings } = checkVacancy(withCriterion({ kind: "yes", field }));
    expect(errors).toEqual([]);
    expect(warnings).toMatchObject([{ code, path: "niceToHaves[0].condition.field", field }]);
    expect(warnings[0]?.message.en).toMatch(/instead|Do not|Leave it out/);
    expect(warnings[0]?.message.nl.length).toBeGreaterThan(40);
  });

  it("warns about 'native speaker' as a required value", () => {
    const { warnings } = checkVacancy(
      withCriterion({ kind: "oneOf", field: "dutch_level", values: ["C2", "Native speaker"] }),
    );
    expect(warnings).toMatchObject([
      { code: "proxy-native-speaker", path: "niceToHaves[0].condition.values[1]" },
    ]);
    expect(warnings[0]?.message.en).toMatch(/CEFR/);
  });

  it("refuses a profile field that is a protected column", () => {
    const v = testVacancy({ profileFields: { diplomaCountry: "nationality" } });
    expect(checkVacancy(v).errors).toMatchObject([
      { code: "protected-characteristic", path: "profileFields.diplomaCountry" },
    ]);
  });
});
