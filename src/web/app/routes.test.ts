import { describe, expect, it } from "vitest";
import { matchRoute, paths, VACANCY_SECTIONS } from "./routes.ts";

describe("matchRoute, screening", () => {
  it("finds the vacancy pages and their sections", () => {
    expect(matchRoute("/vacancies")).toEqual({ name: "vacancies" });
    expect(matchRoute("/vacancies/new")).toEqual({ name: "new-vacancy" });
    expect(matchRoute("/vacancies/v1")).toEqual({ name: "vacancy", id: "v1", section: "review" });
    expect(matchRoute("/vacancies/v1/monitoring")).toEqual({
      name: "vacancy",
      id: "v1",
      section: "monitoring",
    });
    expect(matchRoute("/vacancies/v1/edit")).toEqual({ name: "edit-vacancy", id: "v1" });
    expect(matchRoute("/vacancies/v1/other")).toEqual({ name: "not-found" });
    expect(matchRoute("/vacancies/new/edit")).toEqual({ name: "not-found" });
  });

  it("finds the public pages", () => {
    expect(matchRoute("/apply/t0k")).toEqual({ name: "apply", token: "t0k" });
    expect(matchRoute("/application/s3cret")).toEqual({ name: "application", token: "s3cret" });
    expect(matchRoute("/apply/t0k/x")).toEqual({ name: "not-found" });
    expect(matchRoute("/apply")).toEqual({ name: "not-found" });
  });

  it("is the inverse of paths", () => {
    for (const section of VACANCY_SECTIONS) {
      expect(matchRoute(paths.vacancy("a b", section))).toEqual({ name: "vacancy", id: "a b", section });
    }
    expect(matchRoute(paths.editVacancy("x/y"))).toEqual({ name: "edit-vacancy", id: "x/y" });
    expect(matchRoute(paths.apply("t"))).toEqual({ name: "apply", token: "t" });
    expect(matchRoute(paths.application("s"))).toEqual({ name: "application", token: "s" });
  });
});

describe("matchRoute", () => {
  it("finds every page", () => {
    expect(matchRoute("/")).toEqual({ name: "audits" });
    expect(matchRoute("/audits")).toEqual({ name: "audits" });
    expect(matchRoute("/audits/new")).toEqual({ name: "new-audit" });
    expect(matchRoute("/audits/a1")).toEqual({ name: "report", id: "a1" });
    expect(matchRoute("/compare/a1/b2")).toEqual({ name: "compare", a: "a1", b: "b2" });
    expect(matchRoute("/users/")).toEqual({ name: "users" });
    expect(matchRoute("/activity")).toEqual({ name: "activity" });
    expect(matchRoute("/invite/tok%2Fen")).toEqual({ name: "invite", token: "tok/en" });
  });

  it("says not-found for anything else", () => {
    expect(matchRoute("/audits/a1/extra")).toEqual({ name: "not-found" });
    expect(matchRoute("/compare/a1")).toEqual({ name: "not-found" });
    expect(matchRoute("/invite/%E0%A4%A")).toEqual({ name: "not-found" });
    expect(matchRoute("/nothing")).toEqual({ name: "not-found" });
  });

  it("is the inverse of paths", () => {
    expect(matchRoute(paths.report("x y"))).toEqual({ name: "report", id: "x y" });
    expect(matchRoute(paths.compare("a/1", "b"))).toEqual({ name: "compare", a: "a/1", b: "b" });
    expect(matchRoute(paths.invite("abc"))).toEqual({ name: "invite", token: "abc" });
  });
});

describe("matchRoute, the assessment and the explainer (issue 6)", () => {
  it("finds the assessments, one assessment, and the public explainer", () => {
    expect(matchRoute("/assessments")).toEqual({ name: "assessments" });
    expect(matchRoute("/assessments/a1")).toEqual({ name: "assessment", id: "a1" });
    expect(matchRoute("/assessments/a1/x")).toEqual({ name: "not-found" });
    expect(matchRoute("/learn")).toEqual({ name: "learn" });
    expect(matchRoute("/learn/more")).toEqual({ name: "not-found" });
  });

  it("is the inverse of paths (the version is in the query, not the path)", () => {
    expect(matchRoute(paths.assessments())).toEqual({ name: "assessments" });
    expect(matchRoute(paths.assessment("x y"))).toEqual({ name: "assessment", id: "x y" });
    expect(paths.assessment("x", 2)).toBe("/assessments/x?version=2");
    expect(matchRoute(paths.learn())).toEqual({ name: "learn" });
  });
});
