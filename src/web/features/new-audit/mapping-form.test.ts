import { describe, expect, it } from "vitest";
import {
  auditRequest,
  fieldOfServerError,
  initialForm,
  type MappingForm,
  mappingErrors,
  pairsOf,
} from "./mapping-form.ts";

const upload = {
  filename: "hiring-decisions.csv",
  columns: [
    "candidate",
    "vacancy",
    "stage",
    "decision_date",
    "selected",
    "assessment_score",
    "gender",
    "ethnicity",
  ],
  guess: {
    outcome: "selected",
    protected: ["gender", "ethnicity", "nationality", "selected"],
    score: "assessment_score",
    stage: "stage",
    requisition: "vacancy",
    date: "decision_date",
    label: "gender",
  },
};

describe("initialForm (the server's guess, merged)", () => {
  const form = initialForm(upload);

  it("keeps guessed columns the file has, each in one role only", () => {
    expect(form.outcome).toBe("selected");
    expect(form.protected).toEqual(["gender", "ethnicity"]);
    expect(form.score).toBe("assessment_score");
    expect(form.label).toBe("");
    expect(form.requisition).toBe("vacancy");
    expect(form.date).toBe("decision_date");
  });

  it("starts with safe defaults and the file name as title", () => {
    expect(form.title).toBe("hiring-decisions");
    expect(form.minGroup).toBe("5");
    expect(form.excludeBelow).toBe(false);
    expect(form.intersections).toBe("none");
    expect(mappingErrors(form)).toEqual({});
  });

  it("leaves everything open when there is no guess", () => {
    const empty = initialForm({ filename: "x.parquet", columns: ["a"], guess: {} });
    expect(empty).toMatchObject({ title: "x", outcome: "", protected: [], score: "" });
    expect(mappingErrors(empty)).toMatchObject({
      outcome: "mapping.error.outcomeRequired",
      protected: "mapping.error.protectedRequired",
    });
  });
});

describe("mappingErrors", () => {
  const base = initialForm(upload);
  const withChange = (change: Partial<MappingForm>) => mappingErrors({ ...base, ...change });

  it("refuses a column in two roles", () => {
    expect(withChange({ protected: ["gender", "selected"] }).protected).toBe(
      "mapping.error.protectedIsOutcome",
    );
    expect(withChange({ label: "assessment_score" }).label).toBe("mapping.error.columnTwice");
  });

  it("refuses a minimum group size below 5 or not a whole number", () => {
    expect(withChange({ minGroup: "4" }).minGroup).toBe("mapping.error.minGroup");
    expect(withChange({ minGroup: "5.5" }).minGroup).toBe("mapping.error.minGroup");
    expect(withChange({ minGroup: "" }).minGroup).toBe("mapping.error.minGroup");
    expect(withChange({ minGroup: " 10 " }).minGroup).toBeUndefined();
  });
});

describe("auditRequest", () => {
  const base = initialForm(upload);

  it("sends the confirmed mapping and the options", () => {
    const request = auditRequest("u1", {
      ...base,
      title: "  Q1  ",
      intersections: "pairs",
      reference: { gender: "vrouw", ethnicity: "", age: "x" },
      minGroup: "10",
      excludeBelow: true,
    });
    expect(request).toEqual({
      uploadId: "u1",
      title: "Q1",
      columns: {
        outcome: "selected",
        protected: ["gender", "ethnicity"],
        score: "assessment_score",
        stage: "stage",
        requisition: "vacancy",
        date: "decision_date",
      },
      intersections: [["gender", "ethnicity"]],
      reference: { gender: "vrouw" },
      minGroup: 10,
      excludeBelow: 0.02,
    });
  });

  it("sends no intersections for a single attribute, and the stage order only when set by hand", () => {
    const single = auditRequest("u1", { ...base, protected: ["gender"], intersections: "all" });
    expect(single.intersections).toBeUndefined();
    expect(single.stageOrder).toBeUndefined();
    expect(single.excludeBelow).toBeNull();
    const manual = auditRequest("u1", { ...base, stageOrderMode: "manual", stageOrder: ["a", "b"] });
    expect(manual.stageOrder).toEqual(["a", "b"]);
    expect(auditRequest("u1", { ...base, intersections: "all" }).intersections).toBe("all");
  });

  it("pairs every two attributes", () => {
    expect(pairsOf(["a", "b", "c"])).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
    ]);
  });
});

describe("fieldOfServerError", () => {
  it("finds the form field a server error is about", () => {
    expect(fieldOfServerError("outcome")).toBe("outcome");
    expect(fieldOfServerError("columns.score")).toBe("score");
    expect(fieldOfServerError("columns.protected[1]")).toBe("protected");
    expect(fieldOfServerError("reference.gender")).toBe("reference");
    expect(fieldOfServerError("uploadId")).toBeUndefined();
    expect(fieldOfServerError(undefined)).toBeUndefined();
  });
});
