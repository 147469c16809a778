import { describe, expect, it } from "vitest";
import { candidateView } from "./candidate-view.ts";
import { evaluateCondition, type Reading } from "./evaluate-condition.ts";
import { readCefr, readNumber, readYes } from "./read-value.ts";
import type { Condition } from "./vacancy.ts";

const read = (condition: Condition, value: string | null | undefined): Reading =>
  evaluateCondition(condition, candidateView({ id: "c", fields: { f: value } }, []));
const fulfilment = (condition: Condition, value: string) => {
  const r = read(condition, value);
  return r.status === "read" ? r.fulfilment : r.status;
};

describe("reading values", () => {
  it("reads numbers with a decimal point or comma", () => {
    expect(readNumber("2,5")).toBe(2.5);
    expect(readNumber(" 3.25 ")).toBe(3.25);
    expect(readNumber("-1")).toBe(-1);
    expect(readNumber("3 jaar")).toBeNull();
    expect(readNumber("1.000,5")).toBeNull();
  });
  it("reads yes and no in Dutch and English, nothing else", () => {
    for (const y of ["1", "yes", "Y", "TRUE", "ja", "J", "Waar"]) expect(readYes(y)).toBe(true);
    for (const n of ["0", "no", "N", "false", "nee", "onwaar"]) expect(readYes(n)).toBe(false);
    expect(readYes("in aanvraag")).toBeNull();
  });
  it("reads CEFR levels with a suffix", () => {
    expect(readCefr("b2")).toBe("B2");
    expect(readCefr("B1+")).toBe("B1");
    expect(readCefr("C1 (certificaat)")).toBe("C1");
    expect(readCefr("B3")).toBeNull();
    expect(readCefr("goed")).toBeNull();
  });
});

describe("evaluateCondition", () => {
  it("yes: 1 or 0, unreadable for other text", () => {
    const c: Condition = { kind: "yes", field: "f" };
    expect(fulfilment(c, "Ja")).toBe(1);
    expect(fulfilment(c, "nee")).toBe(0);
    expect(fulfilment(c, "misschien")).toBe("unreadable");
  });
  it("atLeast: 1 at or above the value, decimal comma accepted", () => {
    const c: Condition = { kind: "atLeast", field: "f", value: 2 };
    expect(fulfilment(c, "2")).toBe(1);
    expect(fulfilment(c, "1,99")).toBe(0);
    expect(fulfilment(c, "twee")).toBe("unreadable");
  });
  it("scale: linear between from and to, clamped", () => {
    const c: Condition = { kind: "scale", field: "f", from: 0, to: 4 };
    expect(fulfilment(c, "1")).toBe(0.25);
    expect(fulfilment(c, "2,0")).toBe(0.5);
    expect(fulfilment(c, "9")).toBe(1);
    expect(fulfilment(c, "-3")).toBe(0);
    expect(fulfilment({ kind: "scale", field: "f", from: 10, to: 0 }, "5")).toBe(0.5);
  });
  it("oneOf: trimmed, case-insensitive", () => {
    const c: Condition = { kind: "oneOf", field: "f", values: ["BHV", "EHBO"] };
    expect(fulfilment(c, " ehbo ")).toBe(1);
    expect(fulfilment(c, "VCA")).toBe(0);
  });
  it("includes: a list split on ; or ,", () => {
    const c: Condition = { kind: "includes", field: "f", value: "Wondzorg" };
    expect(fulfilment(c, "planning; wondzorg ,rapporteren")).toBe(1);
    expect(fulfilment(c, "wondzorg-basis")).toBe(0);
  });
  it("cefr: level at least the required one", () => {
    const c: Condition = { kind: "cefr", field: "f", level: "B1" };
    expect(fulfilment(c, "B1")).toBe(1);
    expect(fulfilment(c, "c2")).toBe(1);
    expect(fulfilment(c, "A2")).toBe(0);
    expect(fulfilment(c, "native")).toBe("unreadable");
    // "No level" is an answer (the form's "none"), not an unreadable value.
    expect(fulfilment(c, "none")).toBe(0);
    expect(fulfilment(c, "Geen")).toBe(0);
  });
  it("missing: absent, null or blank", () => {
    const c: Condition = { kind: "yes", field: "f" };
    expect(read(c, undefined)).toEqual({ status: "missing" });
    expect(read(c, null)).toEqual({ status: "missing" });
    expect(read(c, "  ")).toEqual({ status: "missing" });
  });
  it("never sees a protected column, in any capitalisation", () => {
    const view = candidateView({ id: "c", fields: { Gender: "v", skills: "x" } }, ["gender"]);
    expect(view.value("gender")).toBeNull();
    expect(view.value("Gender")).toBeNull();
    expect(view.value("SKILLS")).toBe("x");
  });
});
