import { describe, expect, it } from "vitest";
import { DiscoveryError } from "./discovery-error.ts";
import type { DiscoveryRow, DiscoveryTable } from "./discovery-table.ts";
import { PROXY_CRAMERS_V, proxyCheck } from "./proxy-check.ts";
import { seededRandom } from "./seeded-random.ts";
import { syntheticHiringLog } from "./synthetic-log.ts";

/**
 * 2,000 applicants in groups A (60%) and B (40%); `copy` is the group with 15% of the values flipped,
 * `independent` and `noise` have nothing to do with it; selection depends only on `copy`
 * (15% for copy = B, 40% otherwise), so B is selected less, through its proxy.
 */
function proxyLog(seed: number): DiscoveryTable {
  const random = seededRandom(seed);
  const rows: DiscoveryRow[] = Array.from({ length: 2000 }, () => {
    const group = random.next() < 0.4 ? "B" : "A";
    const copy = random.next() < 0.85 ? group : group === "A" ? "B" : "A";
    return {
      group,
      copy,
      independent: random.next() < 0.5 ? "x" : "y",
      noise: Math.round(random.normal() * 100) / 10,
      selected: random.next() < (copy === "B" ? 0.15 : 0.4) ? 1 : 0,
    };
  });
  return { rows, outcome: { kind: "decision", column: "selected" }, worse: "low", protected: ["group"] };
}

describe("proxyCheck", () => {
  it("flags a noisy copy of the protected attribute, which explains the gap; not an independent feature", () => {
    const result = proxyCheck(proxyLog(5));
    const gap = result.gaps[0]!;
    expect(gap).toMatchObject({ attribute: "group", lowest: "B", highest: "A" });
    expect(gap.impactRatio.status === "ok" && gap.impactRatio.value).toBeLessThan(0.7);
    const byFeature = Object.fromEntries(result.associations.map((a) => [a.feature, a]));
    const copy = byFeature.copy!;
    expect(copy.flagged).toBe(true);
    expect(copy.cramersV.value!).toBeGreaterThan(0.6);
    expect(copy.mutualInformation.status === "ok" && copy.mutualInformation.normalized).toBeGreaterThan(0.3);
    // Within equal values of the copy, A and B are selected alike: nearly all the gap is explained.
    expect(copy.gapShare.status === "ok" && copy.gapShare.value).toBeGreaterThan(0.8);
    expect(copy.stratifiedImpactRatio.value!).toBeGreaterThan(0.9);
    for (const name of ["independent", "noise"]) {
      const a = byFeature[name]!;
      expect(a.flagged).toBe(false);
      expect(a.cramersV.value!).toBeLessThan(PROXY_CRAMERS_V / 2);
      expect(a.gapShare.status === "ok" && a.gapShare.value).toBeLessThan(0.1);
    }
    expect(result.associations[0]?.feature).toBe("copy");
    expect(copy.text.en).toMatch(/^copy may stand in for group: Cramér's V 0\.\d\d, mutual information/);
    expect(copy.text.nl).toMatch(/^copy is een mogelijke proxy voor group: Cramér's V 0,\d\d/);
  });

  it("finds the proxies built into the synthetic log", () => {
    const log = syntheticHiringLog({
      n: 4000,
      seed: 3,
      withProtected: true,
      planted: [{ feature: "education", op: "=", value: "foreign" }],
    });
    const result = proxyCheck(log.table);
    const origin = result.associations.filter((a) => a.attribute === "origin");
    const flagged = origin.filter((a) => a.flagged).map((a) => a.feature);
    expect(flagged).toContain("education");
    expect(flagged).toContain("postcode_area");
    expect(flagged).not.toContain("cv_pages");
    const education = origin.find((a) => a.feature === "education")!;
    expect(education.gapShare.status === "ok" && education.gapShare.value).toBeGreaterThan(0.8);
    expect(result.gaps.map((g) => g.attribute)).toEqual(["gender", "origin"]);
  });

  it("says why a gap share is undefined", () => {
    // No gap: both groups selected at the same rate.
    const even = proxyLog(6).rows.map((r, i) => ({ ...r, selected: i % 2 }));
    const noGap = proxyCheck({
      ...proxyLog(6),
      rows: even.map((r, i) => ({ ...r, group: i % 4 < 2 ? "A" : "B" })),
    });
    expect(noGap.gaps[0]?.impactRatio).toMatchObject({ status: "ok", value: 1 });
    expect(noGap.associations[0]?.gapShare).toEqual({
      status: "undefined",
      value: null,
      reason: "the impact ratio is 1: there is no gap to explain",
    });
    // A feature that is the attribute itself: no stratum holds both groups.
    const twin = proxyLog(7).rows.map((r) => ({ ...r, twin: r.group === "A" ? "a" : "b" }));
    const separated = proxyCheck({ ...proxyLog(7), rows: twin });
    const t = separated.associations.find((a) => a.feature === "twin")!;
    expect(t.flagged).toBe(true);
    expect(t.cramersV.value).toBeCloseTo(1, 12);
    expect(t.gapShare.status).toBe("undefined");
    expect(t.gapShare.status === "undefined" && t.gapShare.reason).toMatch(
      /separates the two groups almost completely/,
    );
  });

  it("needs a protected attribute", () => {
    const table = { ...proxyLog(1), protected: [] };
    expect(() => proxyCheck(table)).toThrow(DiscoveryError);
    expect(() => proxyCheck(table)).toThrow("the proxy check needs at least one protected attribute");
    expect(proxyCheck(table, ["group"]).gaps).toHaveLength(1);
  });
});
