import { describe, expect, it } from "vitest";
import { guessColumns } from "./guess-columns.ts";

const glimpse = (values: string[], distinct = values.length) => ({ values, distinct });

describe("guessColumns", () => {
  it("guesses the example log's mapping from names and values", () => {
    const guess = guessColumns(
      [
        "candidate",
        "vacancy",
        "stage",
        "decision_date",
        "selected",
        "assessment_score",
        "gender",
        "ethnicity",
        "age_band",
      ],
      {
        candidate: glimpse(["C00001", "C00002"], 2400),
        vacancy: glimpse(["V-101", "V-102", "V-103"]),
        stage: glimpse(["application", "interview"]),
        decision_date: glimpse(["2025-01-06"], 300),
        selected: glimpse(["ja", "nee"]),
        assessment_score: glimpse(["49.2"], 500),
        gender: glimpse(["anders", "man", "vrouw"]),
        ethnicity: glimpse(["Nederlands", "Turks"]),
        age_band: glimpse(["30-49", "<30"]),
      },
    );
    expect(guess).toEqual({
      outcome: "selected",
      score: "assessment_score",
      stage: "stage",
      requisition: "vacancy",
      date: "decision_date",
      protected: ["gender", "ethnicity", "age_band"],
    });
  });
  it("does not take an identifier or a non-binary column as the outcome", () => {
    const guess = guessColumns(["id", "outcome", "sex"], {
      id: glimpse(["1", "2"], 5000),
      outcome: glimpse(["hired", "rejected", "withdrawn"]),
      sex: glimpse(["F", "M"]),
    });
    expect(guess.outcome).toBeUndefined();
    expect(guess.protected).toEqual(["sex"]);
  });

  it("reads protected names word by word: 'languages' and 'cv_pages' are not an age", () => {
    const columns = ["selected", "languages", "cv_pages", "ageGroup", "migratieachtergrond", "page_views"];
    const sample = Object.fromEntries(
      columns.map((c) => [c, { values: c === "selected" ? ["0", "1"] : ["a", "b", "c"], distinct: 3 }]),
    );
    expect(guessColumns(columns, sample).protected).toEqual(["ageGroup", "migratieachtergrond"]);
  });
});
