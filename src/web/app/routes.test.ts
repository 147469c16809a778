import { describe, expect, it } from "vitest";
import { matchRoute, paths } from "./routes.ts";

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
