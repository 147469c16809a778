import { describe, expect, it } from "vitest";
import { DiscoveryError } from "./discovery-error.ts";
import type { DiscoveryRow, DiscoveryTable } from "./discovery-table.ts";
import { MIN_ROWS, prepareTable } from "./prepare-table.ts";

/** n rows with a decision, a numeric and a categorical feature, and extra columns as asked. */
const rows = (n: number, extra: (i: number) => Record<string, unknown> = () => ({})): DiscoveryRow[] =>
  Array.from({ length: n }, (_, i) => ({
    selected: i % 3 === 0 ? 1 : 0,
    hours: (i * 7) % 40,
    education: ["nl", "foreign", "none"][i % 3]!,
    ...extra(i),
  })) as DiscoveryRow[];

const table = (r: readonly DiscoveryRow[], more: Partial<DiscoveryTable> = {}): DiscoveryTable => ({
  rows: r,
  outcome: { kind: "decision", column: "selected" },
  worse: "low",
  ...more,
});

/** The DiscoveryError thrown, for matching its code and details. */
const errorOf = (f: () => unknown): DiscoveryError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DiscoveryError) return e;
    throw e;
  }
  throw new Error("expected a DiscoveryError");
};

describe("prepareTable: bad input gives a clear message, never a crash", () => {
  it("refuses a single row, and too few rows", () => {
    const one = errorOf(() => prepareTable(table(rows(1))));
    expect(one.code).toBe("too-few-rows");
    expect(one.details).toEqual({ rows: 1, required: MIN_ROWS });
    expect(one.message).toBe(`the table has a single row; the discovery needs at least ${MIN_ROWS}`);
    expect(errorOf(() => prepareTable(table(rows(0)))).code).toBe("too-few-rows");
    expect(errorOf(() => prepareTable(table(rows(19)))).details.rows).toBe(19);
  });

  it("counts only rows with an outcome", () => {
    const r = rows(30, (i) => (i < 12 ? { selected: null } : {}));
    const e = errorOf(() => prepareTable(table(r)));
    expect(e.message).toBe(`only 18 rows have an outcome; the discovery needs at least ${MIN_ROWS}`);
  });

  it("names the first row of a score that is not a number", () => {
    const r = rows(30, (i) => ({ score: i === 7 ? "n/a" : i === 9 ? "high" : `${i},5` }));
    const e = errorOf(() => prepareTable(table(r, { outcome: { kind: "score", column: "score" } })));
    expect(e.code).toBe("invalid-score");
    expect(e.details).toEqual({ column: "score", row: 8, value: "n/a" });
    expect(e.message).toBe('row 8: the score column score holds "n/a", which is not a number');
  });

  it("names the first row of a decision that is not yes/no", () => {
    const r = rows(30, (i) => ({ selected: i === 4 ? "maybe" : i % 2 ? "ja" : "nee" }));
    const e = errorOf(() => prepareTable(table(r)));
    expect(e.code).toBe("invalid-outcome");
    expect(e.details).toMatchObject({ column: "selected", row: 5, value: "maybe" });
  });

  it("refuses more features than rows", () => {
    const wide = rows(25, (i) =>
      Object.fromEntries(Array.from({ length: 30 }, (_, j) => [`f${j}`, (i * (j + 1)) % 5])),
    );
    const e = errorOf(() => prepareTable(table(wide)));
    expect(e.code).toBe("more-features-than-rows");
    expect(e.details).toEqual({ features: 32, rows: 25 });
  });

  it("refuses an identifier passed as a feature, and says to pass it as the id", () => {
    const r = rows(30, (i) => ({ candidate: `C${1000 + i}`, number: 500 + i }));
    const text = errorOf(() => prepareTable(table(r, { features: ["hours", "candidate"] })));
    expect(text.code).toBe("identifier-as-feature");
    expect(text.details).toEqual({ column: "candidate", distinct: 30, rows: 30 });
    expect(text.message).toContain("Pass it as the id column instead");
    // A running number is an identifier too; the declared id column cannot be a feature.
    expect(errorOf(() => prepareTable(table(r, { features: ["number"] }))).code).toBe(
      "identifier-as-feature",
    );
    expect(errorOf(() => prepareTable(table(r, { id: "candidate", features: ["candidate"] }))).code).toBe(
      "id-as-feature",
    );
    // With the id declared, the default features leave it out.
    const withId = rows(30, (i) => ({ candidate: `C${1000 + i}` }));
    expect(prepareTable(table(withId, { id: "candidate" })).features.map((f) => f.name)).toEqual([
      "hours",
      "education",
    ]);
  });

  it("accepts a measurement whose values are all different", () => {
    const r = rows(30, (i) => ({ test_score: 50 + i * 1.37 }));
    expect(prepareTable(table(r, { features: ["test_score"] })).features[0]?.kind).toBe("numeric");
  });

  it("names unknown columns and columns in two roles", () => {
    const r = rows(30, (i) => ({ gender: i % 2 ? "F" : "M" }));
    expect(
      errorOf(() => prepareTable(table(r, { outcome: { kind: "decision", column: "hired" } }))).details,
    ).toEqual({
      column: "hired",
    });
    expect(errorOf(() => prepareTable(table(r, { features: ["hours", "age"] }))).code).toBe("unknown-column");
    expect(errorOf(() => prepareTable(table(r, { features: ["selected"] }))).code).toBe("outcome-as-feature");
    expect(errorOf(() => prepareTable(table(r, { protected: ["gender"], features: ["gender"] }))).code).toBe(
      "protected-as-feature",
    );
    expect(errorOf(() => prepareTable(table(r, { features: ["hours", "hours"] }))).code).toBe(
      "duplicate-column",
    );
  });

  it("names the row of a value that is not a number in a declared numeric feature", () => {
    const r = rows(30, (i) => ({ hours: i === 3 ? "full-time" : i }));
    const e = errorOf(() => prepareTable(table(r, { kinds: { hours: "numeric" } })));
    expect(e.code).toBe("invalid-number");
    expect(e.details).toEqual({ column: "hours", row: 4, value: "full-time" });
  });

  it("leaves out constant and all-missing columns with a note, and refuses when nothing is left", () => {
    const r = rows(30, () => ({ country: "NL", blank: null }));
    const prepared = prepareTable(table(r));
    expect(prepared.features.map((f) => f.name)).toEqual(["hours", "education"]);
    expect(prepared.notes.map((n) => [n.code, n.column])).toEqual([
      ["constant-column", "country"],
      ["all-missing-column", "blank"],
    ]);
    expect(prepared.notes[0]?.text.nl).toBe("country heeft in iedere rij dezelfde waarde en is weggelaten");
    expect(prepared.featureSummaries.find((f) => f.name === "blank")?.status).toBe("all-missing");
    const e = errorOf(() => prepareTable(table(r, { features: ["country", "blank"] })));
    expect(e.code).toBe("no-usable-features");
    expect(e.message).toBe("none of the 2 features varies (country, blank): there is nothing to search");
  });

  it("notes rows left out for a missing outcome and an outcome without variation", () => {
    const r = rows(40, (i) => ({ selected: i < 5 ? "" : 1 }));
    const prepared = prepareTable(table(r));
    expect(prepared.used.length).toBe(35);
    expect(prepared.notes.map((n) => n.code)).toEqual(["missing-outcome", "constant-outcome"]);
  });
});

describe("prepareTable: reading values", () => {
  it("reads Dutch decimal commas and keeps missing values as their own state", () => {
    const r = rows(30, (i) => ({ commute: i % 5 === 0 ? "" : `${i},5` }));
    const prepared = prepareTable(table(r, { features: ["commute"] }));
    const commute = prepared.features[0]!;
    expect(commute.kind).toBe("numeric");
    if (commute.kind !== "numeric") return;
    expect(commute.values[1]).toBe(1.5);
    expect(Number.isNaN(commute.values[0]!)).toBe(true);
    expect(commute.missing).toBe(6);
  });

  it("turns a detected two-valued number into a category, unless declared numeric", () => {
    const r = rows(30, (i) => ({ portfolio: i % 4 === 0 ? 1 : 0 }));
    const detected = prepareTable(table(r, { features: ["portfolio"] })).features[0]!;
    expect(detected.kind === "categorical" && detected.levels).toEqual(["0", "1"]);
    const declared = prepareTable(table(r, { features: ["portfolio"], kinds: { portfolio: "numeric" } }))
      .features[0]!;
    expect(declared.kind).toBe("numeric");
  });

  it("computes an error outcome as prediction ≠ label, across spellings of yes/no", () => {
    const r = rows(30, (i) => ({ predicted: i % 2 ? "yes" : "0", actual: i % 3 ? 1 : "nee" }));
    const prepared = prepareTable(
      table(r, { outcome: { kind: "error", prediction: "predicted", label: "actual" }, worse: "high" }),
    );
    expect(prepared.binary).toBe(true);
    expect([...prepared.outcome.slice(0, 6)]).toEqual([0, 0, 1, 1, 1, 0]);
  });
});
