import { describe, expect, it } from "vitest";
import { detectFeatureKind, isMissing, parseNumber } from "./feature-kind.ts";

describe("parseNumber", () => {
  it("reads points, Dutch decimal commas, signs and exponents", () => {
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber(" 12.5 ")).toBe(12.5);
    expect(parseNumber("-3")).toBe(-3);
    expect(parseNumber(",5")).toBe(0.5);
    expect(parseNumber("1e3")).toBe(1000);
    expect(parseNumber(7)).toBe(7);
  });

  it("refuses what is not one plain number", () => {
    for (const v of ["1.234,5", "12 months", "abc", "", "NaN", "Infinity", "1,2,3"])
      expect(parseNumber(v)).toBeNull();
    expect(parseNumber(true)).toBeNull();
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber(null)).toBeNull();
  });
});

describe("detectFeatureKind", () => {
  it("is numeric when every present value is a number, a Dutch decimal comma accepted", () => {
    expect(detectFeatureKind(["1,5", "2", null, "", 3])).toBe("numeric");
  });

  it("is categorical as soon as one value is not a number", () => {
    expect(detectFeatureKind(["1", "2", "foreign"])).toBe("categorical");
    expect(detectFeatureKind([true, false])).toBe("categorical");
  });

  it("calls a column without values categorical", () => {
    expect(detectFeatureKind([null, undefined, " "])).toBe("categorical");
  });

  it("treats null, undefined, NaN and blank text as missing", () => {
    for (const v of [null, undefined, Number.NaN, "", "  "]) expect(isMissing(v)).toBe(true);
    for (const v of [0, "0", false, "NA"]) expect(isMissing(v)).toBe(false);
  });
});
