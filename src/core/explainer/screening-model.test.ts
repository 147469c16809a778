import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { hiringHistory } from "./hiring-history.ts";
import { fitLogistic } from "./logistic-regression.ts";
import {
  featureValue,
  modelFeatures,
  modelLogOdds,
  modelScore,
  POINTS_TO_DOUBLE_ODDS,
  pointsToScore,
  scorecard,
  scoreToPoints,
  trainScreeningModel,
} from "./screening-model.ts";

const { past, cohort } = hiringHistory({ seed: 9 });

describe("trainScreeningModel", () => {
  it("uses the features chosen", () => {
    expect(modelFeatures({ useProtected: true, useProxies: true })).toEqual([
      "testScore",
      "experience",
      "protectedGroup",
      "proxyA",
      "proxyB",
    ]);
    expect(modelFeatures({ useProtected: false, useProxies: false })).toEqual(["testScore", "experience"]);
  });

  it("gives the same coefficients as a plain fit in natural units (standardising only helps the fit)", () => {
    const model = trainScreeningModel(past, { useProtected: true, useProxies: false });
    const plain = fitLogistic(
      past.map((a) => model.features.map((f) => featureValue(a, f))),
      past.map((a) => a.hired),
    );
    expect(model.converged).toBe(true);
    // The tiny ridge moves coefficients by far less than a scorecard point.
    expectClose(model.intercept, plain.intercept, 1e-3);
    model.coefficients.forEach((b, j) => {
      expectClose(b, plain.coefficients[j] as number, 1e-3);
    });
  });

  it("learns the past bias: a negative weight on the group, and on the proxies once the group is left out", () => {
    const full = trainScreeningModel(past, { useProtected: true, useProxies: true });
    const blind = trainScreeningModel(past, { useProtected: false, useProxies: true });
    const weight = (m: typeof full, f: string) => m.coefficients[m.features.indexOf(f as never)] as number;
    expect(weight(full, "protectedGroup")).toBeLessThan(-1);
    expect(weight(full, "testScore")).toBeGreaterThan(0);
    expect(weight(blind, "proxyA")).toBeLessThan(weight(full, "proxyA"));
    expect(weight(blind, "proxyA")).toBeLessThan(-0.5);
  });

  it("scores as the scorecard adds up", () => {
    const model = trainScreeningModel(past, { useProtected: false, useProxies: true });
    const card = scorecard(model);
    const a = cohort[0]!;
    const points = card.base + card.lines.reduce((s, l) => s + l.points * featureValue(a, l.feature), 0);
    expectClose(pointsToScore(points), modelScore(model, a), 1e-12);
    expectClose(scoreToPoints(modelScore(model, a)), points, 1e-9);
    expectClose(modelLogOdds(model, a), (points * Math.LN2) / POINTS_TO_DOUBLE_ODDS, 1e-12);
    // 20 points double the odds.
    expectClose(pointsToScore(POINTS_TO_DOUBLE_ODDS) / (1 - pointsToScore(POINTS_TO_DOUBLE_ODDS)), 2, 1e-12);
  });
});
