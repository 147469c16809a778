import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import type { Applicant } from "./hiring-history.ts";
import { impactRatioCurve, thresholdOutcome } from "./threshold-outcome.ts";

const person = (protectedGroup: boolean, suitable: boolean): Applicant => ({
  protectedGroup,
  suitable,
  ability: 0,
  testScore: 50,
  experience: 3,
  proxyA: false,
  proxyB: false,
});

/** 40 in each group; scores chosen so that at 0.5 the protected group has 8 selected, the other 20. */
function cohort() {
  const people: Applicant[] = [];
  const scores: number[] = [];
  for (let i = 0; i < 40; i++) {
    people.push(person(true, i < 20));
    scores.push(i < 8 ? 0.9 : 0.1);
    people.push(person(false, i < 20));
    scores.push(i < 20 ? 0.9 : 0.1);
  }
  return { people, scores };
}

describe("thresholdOutcome", () => {
  it("counts per group and takes the impact ratio and the test from the audit", () => {
    const { people, scores } = cohort();
    const o = thresholdOutcome(people, scores, 0.5);
    expect(o.protectedGroup).toMatchObject({ applicants: 40, selected: 8, suitable: 20, missedSuitable: 12 });
    expect(o.otherGroup).toMatchObject({ applicants: 40, selected: 20, suitable: 20, missedSuitable: 0 });
    expectClose(o.impactRatio.value, 8 / 40 / (20 / 40));
    expect(o.belowFourFifths).toBe(true);
    expectClose(o.protectedGroup.missedShare.value, 12 / 20);
    expect(o.pValue).toBeGreaterThan(0);
    expect(o.pValue).toBeLessThan(0.01);
    expect(o.significant).toBe(true);
    expect(o.report.rows).toBe(80);
  });

  it("selects at or above the threshold", () => {
    const { people, scores } = cohort();
    expect(thresholdOutcome(people, scores, 0.9).protectedGroup.selected).toBe(8);
    expect(thresholdOutcome(people, scores, 0.95).impactRatio.status).toBe("undefined");
  });

  it("draws the curve from one audit per threshold", () => {
    const { people, scores } = cohort();
    expect(impactRatioCurve(people, scores, [0.05, 0.5, 0.95])).toEqual([
      { threshold: 0.05, impactRatio: 1 },
      { threshold: 0.5, impactRatio: 0.4 },
      { threshold: 0.95, impactRatio: null },
    ]);
  });

  it("refuses a threshold outside [0, 1] and a score list of the wrong length", () => {
    const { people, scores } = cohort();
    expect(() => thresholdOutcome(people, scores, 1.5)).toThrow(RangeError);
    expect(() => thresholdOutcome(people, scores.slice(1), 0.5)).toThrow(RangeError);
  });
});
