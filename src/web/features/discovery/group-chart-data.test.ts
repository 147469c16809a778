import { describe, expect, it } from "vitest";
import { figure, undefinedFigure } from "../../../core/audit/figure.ts";
import type { DiscoveredCluster } from "../../../core/discovery/discovery-result.ts";
import { groupPoints, outcomeDomain } from "./group-chart-data.ts";

const cluster = (id: number, overrides: Partial<DiscoveredCluster>): DiscoveredCluster =>
  ({
    id,
    outcomeMean: figure(0.14),
    restMean: figure(0.35),
    difference: figure(-0.21, { status: "ok", lower: -0.25, upper: -0.17, level: 0.95, method: "newcombe" }),
    direction: "worse",
    significant: true,
    stability: { status: "ok", value: 0.9, found: 18, resamples: 20, stable: true },
    ...overrides,
  }) as DiscoveredCluster;

describe("groupPoints", () => {
  it("places the interval of the difference around the rest's mean", () => {
    const [p] = groupPoints([cluster(0, {})], true, (c) => `G${c.id}`);
    expect(p).toMatchObject({
      id: 0,
      label: "G0",
      group: 0.14,
      rest: 0.35,
      significant: true,
      unstable: false,
    });
    expect(p!.lower).toBeCloseTo(0.1, 12);
    expect(p!.upper).toBeCloseTo(0.18, 12);
  });

  it("marks unstable groups, leaves out undefined means, and is significant only when worse off", () => {
    const points = groupPoints(
      [
        cluster(0, { stability: { status: "ok", value: 0.2, found: 4, resamples: 20, stable: false } }),
        cluster(1, { outcomeMean: undefinedFigure("no rows") }),
        cluster(2, { direction: "better" }),
      ],
      true,
      (c) => String(c.id),
    );
    expect(points.map((p) => [p.id, p.unstable, p.significant])).toEqual([
      [0, true, true],
      [2, false, false],
    ]);
  });

  it("keeps rates within 0 and 1, and gives scores room", () => {
    const [p] = groupPoints(
      [
        cluster(0, {
          outcomeMean: figure(0.02),
          restMean: figure(0.05),
          difference: figure(-0.03, { status: "ok", lower: -0.09, upper: 0.01, level: 0.95, method: "x" }),
        }),
      ],
      true,
      () => "g",
    );
    expect(p!.lower).toBe(0);
    expect(outcomeDomain([p!], true)).toEqual([0, 0.1]);
    const [low, high] = outcomeDomain([{ ...p!, group: 50, rest: 60, lower: 48, upper: 55 }], false);
    expect(low).toBeCloseTo(46.8, 9);
    expect(high).toBeCloseTo(61.2, 9);
  });
});
