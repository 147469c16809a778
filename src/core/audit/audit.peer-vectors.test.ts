/**
 * The engine against published peer figures (toolkits.md section (d)): Aequitas test_1 and test_3,
 * the Fairlearn user-guide vector and its intersections, the Holistic AI 10-row vector, and the EEOC
 * 2023 technical-assistance example. Peer tools have no minimum group size, so these run with
 * minGroup 1; the audit's own suppression is tested elsewhere.
 */
import { describe, expect, it } from "vitest";
import { groupRows, rowsFromArrays } from "../../../test-support/decision-rows.ts";
import { expectClose } from "../../../test-support/expect-close.ts";
import { audit } from "./audit.ts";
import type { GroupingResult, GroupResult } from "./audit-report.ts";
import { cellsFromRows } from "./cells-from-rows.ts";

const group = (g: GroupingResult, value: string): GroupResult => {
  const found = g.groups.find((r) => Object.values(r.key).join("|") === value);
  if (!found) throw new Error(`no group ${value}`);
  return found;
};
const value = (f: { status: string; value: number | null } | null | undefined) =>
  f && f.status === "ok" ? f.value : undefined;

describe("Aequitas test_1 (label, score, class; reference High)", () => {
  const data = [
    [1, 1, "High"],
    [1, 0, "Low"],
    [1, 0, "High"],
    [1, 1, "Low"],
    [1, 1, "High"],
    [0, 1, "Low"],
    [0, 0, "High"],
    [0, 0, "Low"],
    [0, 1, "High"],
    [0, 1, "Low"],
  ] as const;
  const rows = data.map(([label, score, cls]) => ({
    selected: score === 1,
    label: label === 1,
    attributes: { class: cls },
  }));
  const report = audit(cellsFromRows(rows, { attributes: ["class"], hasLabel: true }), {
    protected: ["class"],
    reference: { class: "High" },
    minGroup: 1,
  });
  const g = report.groupings[0]!;
  it("uses the named reference", () => {
    expect(g.reference).toEqual({ class: "High" });
    expect(g.referenceRule).toBe("named");
  });
  it("reproduces the per-group error rates", () => {
    const high = group(g, "High");
    const low = group(g, "Low");
    expectClose(value(high.fpr), 0.5);
    expectClose(value(high.fnr), 1 / 3);
    expectClose(value(high.for), 0.5);
    expectClose(value(high.fdr), 1 / 3);
    expectClose(value(low.fpr), 2 / 3);
    expectClose(value(low.fnr), 0.5);
    expectClose(value(low.for), 0.5);
    expectClose(value(low.fdr), 2 / 3);
    expectClose(value(group(g, "High").selectionRate), 0.6);
  });
  it("reproduces the disparities of Low against High", () => {
    const low = group(g, "Low");
    expectClose(value(low.errorRates!.ratios.fnr), 1.5);
    expectClose(value(low.errorRates!.ratios.fpr), 1.333333333333333);
    expectClose(value(low.errorRates!.ratios.for), 1);
    expectClose(value(low.errorRates!.ratios.fdr), 2);
    expectClose(value(low.impactRatio), 1);
  });
  it("never compares the reference with itself", () => {
    const high = group(g, "High");
    expect(high.isReference).toBe(true);
    expect(high.impactRatio.status).toBe("undefined");
    expect(high.fisher).toBeNull();
    expect(high.errorRates!.ratios.fnr.status).toBe("undefined");
  });
});

describe("Aequitas test_3 (every score 1): FOR is undefined, not NaN or 0", () => {
  const labels = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
  const classes = ["High", "Low", "High", "Low", "High", "Low", "High", "Low", "High", "Low"];
  const rows = labels.map((l, i) => ({ selected: true, label: l === 1, attributes: { class: classes[i]! } }));
  const report = audit(cellsFromRows(rows, { attributes: ["class"], hasLabel: true }), {
    protected: ["class"],
    reference: { class: "High" },
    minGroup: 1,
  });
  const g = report.groupings[0]!;
  it("gives fdr 0.4 / 0.6, fpr 1, fnr 0 and an undefined FOR with its reason", () => {
    expectClose(value(group(g, "High").fdr), 0.4);
    expectClose(value(group(g, "Low").fdr), 0.6);
    expectClose(value(group(g, "Low").errorRates!.ratios.fdr), 1.4999999999999998);
    expect(value(group(g, "High").fpr)).toBe(1);
    expect(value(group(g, "High").fnr)).toBe(0);
    const forRate = group(g, "High").for!;
    expect(forRate.status).toBe("undefined");
    expect(forRate.status === "undefined" && forRate.reason).toMatch(/rejected/);
    expect(forRate.value).toBeNull();
  });
});

describe("Fairlearn user guide vector", () => {
  const yTrue = [0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1] as const;
  const yPred = [0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0] as const;
  const sf = ["b", "b", "a", "b", "b", "c", "c", "c", "a", "a", "c", "a", "b", "c", "c", "b", "c", "c"];
  const g2 = ["8", "6", "8", "8", "8", "8", "6", "6", "6", "8", "6", "6", "6", "6", "8", "6", "6", "6"];
  const rows = rowsFromArrays({ selected: yPred, label: yTrue, attributes: { sf, g2 } });
  const report = audit(cellsFromRows(rows, { attributes: ["sf", "g2"], hasLabel: true }), {
    protected: ["sf", "g2"],
    intersections: [["sf", "g2"]],
    minGroup: 1,
  });
  const bySf = report.groupings[0]!;
  it("reproduces by_group selection rate, TPR, FPR and count", () => {
    const expected = {
      a: [0.75, 0.5, 1.0, 4],
      b: [0.5, 0.6, 0.0, 6],
      c: [0.5, 0.4, 0.666666666666667, 8],
    } as const;
    for (const [name, [sel, tpr, fpr, count]] of Object.entries(expected)) {
      const r = group(bySf, name);
      expectClose(value(r.selectionRate), sel);
      expectClose(value(r.tpr), tpr);
      expectClose(value(r.fpr), fpr, 1e-12);
      expect(r.n).toBe(count);
    }
    expectClose(value(report.overall.selectionRate), 0.555555555555556, 1e-12);
  });
  it("gives demographic_parity_ratio as the lowest impact ratio against the most selected group", () => {
    expect(bySf.reference).toEqual({ sf: "a" });
    const ratios = bySf.groups.flatMap((r) => (r.impactRatio.status === "ok" ? [r.impactRatio.value] : []));
    expectClose(Math.min(...ratios), 0.666666666666667, 1e-12);
  });
  it("reproduces recall and counts of the intersections", () => {
    const inter = report.groupings[2]!;
    expect(inter.attributes).toEqual(["sf", "g2"]);
    const expected: Record<string, [number, number]> = {
      "a|6": [0.0, 2],
      "a|8": [1.0, 2],
      "b|6": [0.666666666666667, 3],
      "b|8": [0.5, 3],
      "c|6": [0.5, 6],
      "c|8": [0.0, 2],
    };
    for (const [name, [recall, count]] of Object.entries(expected)) {
      const r = group(inter, name);
      expect(r.n).toBe(count);
      expectClose(value(r.tpr), recall, 1e-12);
    }
  });
});

describe("Holistic AI 10-row vector", () => {
  const rows = rowsFromArrays({
    selected: [1, 1, 1, 0, 1, 1, 0, 0, 0, 0],
    label: [1, 1, 0, 0, 1, 1, 1, 0, 0, 0],
    attributes: { g: ["a", "a", "a", "a", "b", "b", "b", "b", "b", "b"] },
  });
  const g = audit(cellsFromRows(rows, { attributes: ["g"], hasLabel: true }), {
    protected: ["g"],
    minGroup: 1,
  }).groupings[0]!;
  const a = group(g, "a");
  const b = group(g, "b");
  it("statistical parity, disparate impact and four-fifths", () => {
    expectClose(value(a.selectionRate)! - value(b.selectionRate)!, 5 / 12);
    expectClose(value(b.impactRatio), 4 / 9);
    expect(b.belowFourFifths).toBe(true);
  });
  it("z_test_diff (the 2SD rule) equals the pooled two-proportion z", () => {
    expect(b.zTest?.status).toBe("ok");
    expectClose(b.zTest?.status === "ok" ? Math.abs(b.zTest.statistic!) : null, 1.290994449, 1e-9);
  });
  it("error-rate differences", () => {
    expectClose(value(a.tpr)! - value(b.tpr)!, 1 / 3);
    expectClose(value(a.fpr)! - value(b.fpr)!, 1 / 2);
    expectClose(value(a.accuracy)! - value(b.accuracy)!, 3 / 4 - 5 / 6);
  });
});

describe("EEOC 2023 technical assistance example: White 48/80, Black 12/40", () => {
  const rows = [...groupRows({ race: "White" }, 80, 48), ...groupRows({ race: "Black" }, 40, 12)];
  const g = audit(cellsFromRows(rows, { attributes: ["race"] }), { protected: ["race"] }).groupings[0]!;
  const black = group(g, "Black");
  it("impact ratio 0.50, z 3.10 (p 0.0019), Fisher p 0.0034, shortfall 8", () => {
    expectClose(value(black.impactRatio), 0.5);
    expect(black.belowFourFifths).toBe(true);
    expect(black.zTest?.status === "ok" && Math.abs(black.zTest.statistic!).toFixed(2)).toBe("3.10");
    expect(black.zTest?.status === "ok" && black.zTest.pValue.toFixed(4)).toBe("0.0019");
    expect(black.fisher?.status === "ok" && black.fisher.pValue.toFixed(4)).toBe("0.0034");
    expectClose(black.shortfall!.value, 8);
    expect(black.onePersonFlips).toBe(false);
  });
  it("the small-sample variant 4/10 against 8/10 fails four-fifths but is not significant", () => {
    const small = [...groupRows({ g: "x" }, 10, 8), ...groupRows({ g: "y" }, 10, 4)];
    const y = group(
      audit(cellsFromRows(small, { attributes: ["g"] }), { protected: ["g"] }).groupings[0]!,
      "y",
    );
    expectClose(value(y.impactRatio), 0.5);
    expect(y.fisher?.status === "ok" && y.fisher.pValue.toFixed(2)).toBe("0.17");
    expect(y.significant).toBe(false);
  });
});
