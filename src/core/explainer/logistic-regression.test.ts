import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import reference from "./fixtures/logistic-reference.json" with { type: "json" };
import { fitLogistic, sigmoid } from "./logistic-regression.ts";

describe("fitLogistic", () => {
  it("reproduces the hand-computed fit of one yes/no feature: log odds and log odds ratio", () => {
    // x = 0: 2 of 6 positive, so β₀ = ln(2/4); x = 1: 4 of 5, so β₀ + β₁ = ln(4/1).
    const x = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1].map((v) => [v]);
    const y = [true, true, false, false, false, false, true, true, true, true, false];
    const fit = fitLogistic(x, y);
    expect(fit.converged).toBe(true);
    expectClose(fit.intercept, Math.log(2 / 4), 1e-9);
    expectClose(fit.coefficients[0], Math.log(4 / 1) - Math.log(2 / 4), 1e-9);
  });

  it("reproduces the exam example of Wikipedia's 'Logistic regression' (β₀ = −4.0777, β₁ = 1.5046)", () => {
    const { x, y, coefficients, logLikelihood } = reference.exam;
    const fit = fitLogistic(
      x,
      y.map((v) => v === 1),
    );
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(-4.0777, 4);
    expect(fit.coefficients[0]).toBeCloseTo(1.5046, 4);
    // Against scipy's BFGS (fixtures/logistic-reference.py), a different method.
    expectClose(fit.intercept, coefficients[0] as number, 1e-7);
    expectClose(fit.coefficients[0], coefficients[1] as number, 1e-7);
    expectClose(fit.logLikelihood, logLikelihood, 1e-9);
  });

  it("reproduces a ridge-penalised fit with two features (the intercept unpenalised)", () => {
    const { x, y, l2, coefficients } = reference.ridge;
    const fit = fitLogistic(
      x,
      y.map((v) => v === 1),
      { l2 },
    );
    expectClose(fit.intercept, coefficients[0] as number, 1e-7);
    expectClose(fit.coefficients[0], coefficients[1] as number, 1e-7);
    expectClose(fit.coefficients[1], coefficients[2] as number, 1e-7);
  });

  it("stays finite on perfectly separated data when penalised", () => {
    const fit = fitLogistic([[0], [1], [2], [3]], [false, false, true, true], { l2: 0.1 });
    expect(fit.converged).toBe(true);
    expect(Number.isFinite(fit.coefficients[0])).toBe(true);
  });

  it("refuses inputs of different lengths", () => {
    expect(() => fitLogistic([[1]], [true, false])).toThrow(RangeError);
    expect(() => fitLogistic([], [])).toThrow(RangeError);
  });

  it("has a sigmoid that does not overflow", () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expectClose(sigmoid(2) + sigmoid(-2), 1, 1e-15);
  });
});
