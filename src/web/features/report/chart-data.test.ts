import { describe, expect, it } from "vitest";
import { groupRows } from "../../../../test-support/decision-rows.ts";
import { audit } from "../../../core/audit/audit.ts";
import { cellsFromRows } from "../../../core/audit/cells-from-rows.ts";
import {
  cutCurvePoints,
  describePoints,
  funnelPoints,
  impactRatioPoints,
  ratioAxisMax,
  selectionRatePoints,
} from "./chart-data.ts";

const rows = [
  ...groupRows({ gender: "man" }, 100, 50),
  ...groupRows({ gender: "vrouw" }, 100, 30),
  ...groupRows({ gender: "x" }, 3, 1),
  ...groupRows({ gender: "y" }, 3, 2),
];
const grouping = audit(cellsFromRows(rows, { attributes: ["gender"] }), { protected: ["gender"] })
  .groupings[0]!;

describe("chart data", () => {
  it("plots selection rates of shown groups only, with their intervals", () => {
    const points = selectionRatePoints(grouping);
    expect(points.map((p) => p.group)).toEqual(["man", "vrouw"]);
    expect(points[1]?.value).toBeCloseTo(0.3, 12);
    expect(points[1]?.lower).toBeLessThan(0.3);
    expect(points[1]?.upper).toBeGreaterThan(0.3);
  });

  it("plots impact ratios of compared groups, flagging those below four-fifths", () => {
    const points = impactRatioPoints(grouping);
    expect(points.map((p) => [p.group, p.below])).toEqual([["vrouw", true]]);
    expect(points[0]?.value).toBeCloseTo(0.6, 12);
    expect(ratioAxisMax(points)).toBeGreaterThanOrEqual(1.25);
  });

  it("says the points in words in the language's notation", () => {
    const points = impactRatioPoints(grouping);
    expect(describePoints("nl", points, "ratio")).toMatch(/^vrouw 0,60 \[0,\d\d; 0,\d\d\]$/);
    expect(describePoints("en", selectionRatePoints(grouping), "percent")).toMatch(
      /^man 50\.0% \[\d\d\.\d%, \d\d\.\d%\]; vrouw 30\.0%/,
    );
  });

  it("has no funnel or cut curve without stages or scores", () => {
    expect(funnelPoints(grouping)).toEqual([]);
    expect(cutCurvePoints(grouping)).toEqual([]);
  });

  it("gives stage-wise rates in stage order when the log has stages", () => {
    const staged = [
      ...groupRows({ g: "a" }, 40, 30, { stage: "screen" }),
      ...groupRows({ g: "a" }, 30, 15, { stage: "interview" }),
      ...groupRows({ g: "b" }, 40, 20, { stage: "screen" }),
      ...groupRows({ g: "b" }, 20, 5, { stage: "interview" }),
    ];
    const report = audit(cellsFromRows(staged, { attributes: ["g"], hasStage: true }), {
      protected: ["g"],
      stageOrder: ["screen", "interview"],
    });
    const points = funnelPoints(report.groupings[0]!);
    expect(points.map((p) => `${p.group}@${p.stage}`)).toEqual([
      "a@screen",
      "a@interview",
      "b@screen",
      "b@interview",
    ]);
    expect(points.find((p) => p.group === "b" && p.stage === "screen")?.impactRatio).toBeCloseTo(
      0.5 / 0.75,
      12,
    );
    expect(points.find((p) => p.group === "a")?.impactRatio).toBeNull();
  });
});
