import { describe, expect, it } from "vitest";
import { paths } from "../../app/routes.ts";
import { versionParam } from "./version-param.ts";

describe("versionParam", () => {
  it("reads ?version=N and ignores anything else", () => {
    expect(versionParam("?version=3")).toBe(3);
    expect(versionParam("?lang=nl&version=12")).toBe(12);
    for (const s of ["", "?version=", "?version=0", "?version=-1", "?version=2.5", "?version=x"]) {
      expect(versionParam(s), s).toBeUndefined();
    }
  });

  it("is the inverse of the path of an older version", () => {
    const path = paths.assessment("a/b", 4);
    expect(versionParam(path.slice(path.indexOf("?")))).toBe(4);
    expect(paths.assessment("a/b")).toBe("/assessments/a%2Fb");
  });
});
