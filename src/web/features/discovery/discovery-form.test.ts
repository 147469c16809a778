import { describe, expect, it } from "vitest";
import { ROLES } from "../../../server/api-types.ts";
import { PERMISSIONS } from "../../../server/auth/authorize.ts";
import { can } from "../../app/permissions.ts";
import { matchRoute, paths } from "../../app/routes.ts";
import {
  chosenFeatures,
  discoveryRequest,
  fieldOfServerError,
  formErrors,
  guessId,
  guessProtected,
  initialForm,
  protectedChoices,
  type SourceColumns,
} from "./discovery-form.ts";

const columns = [
  "applicant_id",
  "gap_months",
  "hours_per_week",
  "languages",
  "cv_pages",
  "assessment_score",
  "selected",
  "gender",
  "origin",
];
const upload: SourceColumns = {
  source: { kind: "upload", uploadId: "u1" },
  columns,
  fixed: null,
  protectedOptions: columns,
};

describe("the discovery form", () => {
  it("starts from the server's guess, with the id and protected attributes out of the search", () => {
    const form = initialForm(upload, { outcome: "selected", score: "assessment_score" });
    expect(form).toMatchObject({
      outcomeKind: "decision",
      outcome: "selected",
      id: "applicant_id",
      worse: "low",
    });
    expect(form.protected).toEqual(["gender", "origin"]);
    expect(chosenFeatures(upload, form)).toEqual([
      "gap_months",
      "hours_per_week",
      "languages",
      "cv_pages",
      "assessment_score",
    ]);
    expect(formErrors(upload, form)).toEqual({});
    expect(discoveryRequest(upload, form)).toEqual({
      source: { kind: "upload", uploadId: "u1" },
      outcome: { kind: "decision", column: "selected" },
      worse: "low",
      method: "subgroups",
      features: ["gap_months", "hours_per_week", "languages", "cv_pages", "assessment_score"],
      protected: ["gender", "origin"],
      id: "applicant_id",
      seed: 1,
    });
  });

  it("guesses protected attributes by whole words (languages and cv_pages are not ages)", () => {
    expect(guessProtected(["languages", "cv_pages", "age_band", "migration_background", "Geslacht"])).toEqual(
      ["age_band", "migration_background", "Geslacht"],
    );
    expect(guessId(["name", "candidate_nr", "id"])).toBe("candidate_nr");
    expect(guessId(["gap_months"])).toBe("");
  });

  it("sends an error outcome, a percentage as a fraction, and leaves out an unticked feature", () => {
    const form = {
      ...initialForm(upload),
      outcomeKind: "error" as const,
      outcome: "selected",
      label: "gender",
      worse: "high" as const,
      method: "hbac" as const,
      excluded: ["languages"],
      minSize: "2,5",
      seed: "7",
    };
    // The label column is no longer a protected attribute or a feature.
    expect(protectedChoices(upload, form)).not.toContain("gender");
    const request = discoveryRequest(upload, form);
    expect(request.outcome).toEqual({ kind: "error", prediction: "selected", label: "gender" });
    expect(request.protected).toEqual(["origin"]);
    expect(request.features).not.toContain("languages");
    expect(request.features).not.toContain("gender");
    expect(request.minSize).toBeCloseTo(0.025, 12);
    expect(request.seed).toBe(7);
    expect(request.method).toBe("hbac");
  });

  it("names what is missing or out of range", () => {
    const form = { ...initialForm(upload), outcome: "", excluded: columns, minSize: "50", seed: "-1" };
    expect(formErrors(upload, form)).toEqual({
      outcome: "discovery.error.outcome",
      features: "discovery.error.features",
      minSize: "discovery.error.minSize",
      seed: "discovery.error.seed",
    });
    const error = {
      ...initialForm(upload),
      outcomeKind: "error" as const,
      outcome: "selected",
      label: "selected",
    };
    expect(formErrors(upload, error).label).toBe("discovery.error.sameColumns");
  });

  it("places the server's errors at the field of the column they name", () => {
    const form = initialForm(upload, { outcome: "selected" });
    expect(fieldOfServerError(upload, form, "selected")).toBe("outcome");
    expect(fieldOfServerError(upload, form, "outcome.column")).toBe("outcome");
    expect(fieldOfServerError(upload, form, "gap_months")).toBe("features");
    expect(fieldOfServerError(upload, form, "seed")).toBe("seed");
    expect(fieldOfServerError(upload, form, "source.uploadId")).toBeUndefined();
    expect(fieldOfServerError(upload, form, undefined)).toBeUndefined();
  });

  it("takes a decision log's outcome and id as given", () => {
    const log: SourceColumns = {
      source: { kind: "vacancy", vacancyId: "v1" },
      columns: ["diploma", "ervaring_jaren"],
      fixed: { outcome: "advanced", id: "reference" },
      protectedOptions: ["gender"],
    };
    const form = { ...initialForm(log), protected: ["gender"] };
    expect(discoveryRequest(log, form)).toEqual({
      source: { kind: "vacancy", vacancyId: "v1" },
      outcome: { kind: "decision", column: "advanced" },
      worse: "low",
      method: "subgroups",
      features: ["diploma", "ervaring_jaren"],
      protected: ["gender"],
      id: "reference",
      seed: 1,
    });
  });
});

describe("access to discovery", () => {
  it("mirrors the server's runDiscovery: admins, HR and auditors", () => {
    expect(ROLES.filter((r) => can(r, "runDiscovery"))).toEqual([...PERMISSIONS.runDiscovery]);
    expect(can("reviewer", "runDiscovery")).toBe(false);
  });

  it("has its page at /discover, with the source in the query", () => {
    expect(matchRoute("/discover")).toEqual({ name: "discover" });
    expect(paths.discover()).toBe("/discover");
    expect(paths.discover({ upload: "a b" })).toBe("/discover?upload=a%20b");
    expect(paths.discover({ vacancy: "v1" })).toBe("/discover?vacancy=v1");
  });
});
