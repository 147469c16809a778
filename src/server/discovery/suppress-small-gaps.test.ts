import { describe, expect, it } from "vitest";
import { figure } from "../../core/audit/figure.ts";
import type { ProxyCheckResult } from "../../core/discovery/proxy-check.ts";
import { suppressSmallGaps } from "./suppress-small-gaps.ts";

const withGroups = (groups: { value: string; n: number; rate: number }[]): ProxyCheckResult => ({
  schema: "aware.proxies/1",
  method: "proxy-check",
  outcome: { spec: { kind: "decision", column: "y" }, rate: "share of 1s" },
  thresholds: { cramersV: 0.2, normalizedMutualInformation: 0.05, alpha: 0.05 },
  bins: 5,
  rows: groups.reduce((s, g) => s + g.n, 0),
  notes: [],
  gaps: [
    {
      attribute: "gender",
      groups,
      lowest: "woman",
      highest: "man",
      impactRatio: figure(0.5),
      rowsWithoutValue: 0,
    },
  ],
  associations: [],
});

describe("suppressSmallGaps", () => {
  it("keeps groups of at least the minimum size", () => {
    const proxies = withGroups([
      { value: "woman", n: 40, rate: 0.2 },
      { value: "man", n: 50, rate: 0.4 },
    ]);
    expect(suppressSmallGaps(proxies, 5)).toEqual(proxies);
  });

  it("hides a small group and, when the hidden total is still small, the next smallest", () => {
    const result = suppressSmallGaps(
      withGroups([
        { value: "woman", n: 40, rate: 0.2 },
        { value: "man", n: 50, rate: 0.4 },
        { value: "non-binary", n: 6, rate: 0.5 },
        { value: "other", n: 2, rate: 0 },
      ]),
      5,
    );
    expect(result.gaps[0]!.groups.map((g) => g.value)).toEqual(["woman", "man"]);
  });

  it("never hides the two compared groups", () => {
    const result = suppressSmallGaps(
      withGroups([
        { value: "woman", n: 40, rate: 0.2 },
        { value: "man", n: 50, rate: 0.4 },
        { value: "other", n: 2, rate: 0 },
      ]),
      5,
    );
    expect(result.gaps[0]!.groups.map((g) => g.value)).toEqual(["woman", "man"]);
  });
});
