import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { association } from "./feature-association.ts";

// Expected values from scipy 1.17.1 / numpy: chi2, p = chi2_contingency(t, correction=False)[:2];
// V = sqrt(chi2/(n·(min(r, c) − 1))); MI = Σ p log2(p/(px·py)); normalised by the column entropy.
describe("association", () => {
  it("matches scipy for a 3×3 table", () => {
    const a = association([
      [30, 10, 5],
      [12, 25, 8],
      [3, 9, 20],
    ]);
    expect(a.n).toBe(122);
    if (a.cramersV.status !== "ok" || a.mutualInformation.status !== "ok") throw new Error("undefined");
    expectClose(a.cramersV.value, 0.4383013344313587, 1e-12);
    expectClose(a.cramersV.pValue, 1.6196149299260008e-9, 1e-9);
    expectClose(a.mutualInformation.bits, 0.265116053088324, 1e-12);
    expectClose(a.mutualInformation.normalized, 0.1686906086717548, 1e-12);
  });

  it("is |phi| for a 2×2 table, and drops empty rows and columns", () => {
    const a = association([
      [40, 10, 0],
      [0, 0, 0],
      [10, 40, 0],
    ]);
    expect(a.cramersV.status === "ok" && a.cramersV.value).toBeCloseTo(0.6, 12);
  });

  it("is undefined with a single group", () => {
    expect(association([[5], [7]]).cramersV).toEqual({
      status: "undefined",
      reason: "only one group of the protected attribute is present",
    });
  });
});
