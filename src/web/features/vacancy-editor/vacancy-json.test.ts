import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleVacancy } from "../../../core/screening/example-vacancy.ts";
import { parseVacancyJson, vacancyFileName, vacancyJsonText } from "./vacancy-json.ts";

describe("reading a vacancy file", () => {
  it("reads the example file and what it writes itself", () => {
    const file = readFileSync(
      new URL("../../../../examples/vacancy-home-care.json", import.meta.url),
      "utf8",
    );
    const read = parseVacancyJson(file);
    expect(read.ok && read.vacancy.id).toBe(exampleVacancy.id);
    expect(parseVacancyJson(vacancyJsonText(exampleVacancy))).toEqual({ ok: true, vacancy: exampleVacancy });
  });

  it("names what is wrong", () => {
    expect(parseVacancyJson("{")).toEqual({ ok: false, problem: "json", path: "" });
    expect(parseVacancyJson('{"schema":"aware.audit/1"}')).toMatchObject({ problem: "schema" });
    const noWeight = {
      ...exampleVacancy,
      criteria: [{ ...exampleVacancy.criteria[0], weight: "30" }],
    };
    expect(parseVacancyJson(JSON.stringify(noWeight))).toEqual({
      ok: false,
      problem: "shape",
      path: "criteria[0].weight",
    });
    const badKind = {
      ...exampleVacancy,
      knockouts: [{ ...exampleVacancy.knockouts[0], condition: { kind: "x" } }],
    };
    expect(parseVacancyJson(JSON.stringify(badKind))).toMatchObject({ path: "knockouts[0].condition.kind" });
  });

  it("fills in the optional lists", () => {
    const { niceToHaves: _, protectedColumns: __, ...bare } = exampleVacancy;
    const read = parseVacancyJson(JSON.stringify(bare));
    expect(read.ok && read.vacancy.niceToHaves).toEqual([]);
    expect(read.ok && read.vacancy.protectedColumns).toEqual([]);
  });

  it("names the download after the vacancy", () => {
    expect(vacancyFileName({ ...exampleVacancy, id: "a/b c" })).toBe("a-b-c.json");
    expect(vacancyFileName({ ...exampleVacancy, id: "" })).toBe("vacancy.json");
  });
});
