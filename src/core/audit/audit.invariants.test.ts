/**
 * Invariants of the audit over random decision logs (fast-check, seeded): rates and p-values lie in
 * [0,1]; the order of rows changes nothing; no group below the minimum size is shown, and no hidden
 * group can be recovered by subtraction; the reference is never a hidden group nor compared with itself.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "./audit.ts";
import type { GroupResult } from "./audit-report.ts";
import { cellsFromRows, type DecisionRow } from "./cells-from-rows.ts";

const row = fc.record({
  selected: fc.boolean(),
  attributes: fc.record({
    a: fc.constantFrom("x", "y", "z", ""),
    b: fc.constantFrom("p", "q", "r", "s"),
    c: fc.constantFrom("u", "v"),
  }),
  score: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  label: fc.option(fc.boolean(), { nil: null }),
});
const logs = fc.array(row, { minLength: 1, maxLength: 300 });
const options = { protected: ["a", "b", "c"], intersections: "all" as const, minGroup: 5 };
const cellsOf = (rows: readonly DecisionRow[]) =>
  cellsFromRows(rows, { attributes: ["a", "b", "c"], hasLabel: true });
const params = { seed: 20261129, numRuns: 150 };

function* figures(g: GroupResult) {
  yield g.selectionRate;
  yield g.impactRatio;
  if (g.scoringRate) yield g.scoringRate;
  for (const f of [g.tpr, g.fpr, g.fnr, g.ppv, g.fdr, g.for, g.npv, g.accuracy]) if (f) yield f;
}

describe("audit invariants", () => {
  it("rates lie in [0,1], p-values in [0,1], intervals contain their rate", () => {
    fc.assert(
      fc.property(logs, (rows) => {
        const report = audit(cellsOf(rows), options);
        for (const grouping of report.groupings) {
          for (const g of grouping.groups) {
            for (const f of [
              g.selectionRate,
              g.scoringRate,
              g.tpr,
              g.fpr,
              g.fnr,
              g.ppv,
              g.fdr,
              g.for,
              g.npv,
              g.accuracy,
            ]) {
              if (f?.status !== "ok") continue;
              expect(f.value).toBeGreaterThanOrEqual(0);
              expect(f.value).toBeLessThanOrEqual(1);
              if (f.ci?.status === "ok") {
                expect(f.ci.lower).toBeLessThanOrEqual(f.value + 1e-12);
                expect(f.ci.upper).toBeGreaterThanOrEqual(f.value - 1e-12);
              }
            }
            for (const f of figures(g)) {
              if (f.status === "ok") expect(Number.isFinite(f.value)).toBe(true);
              else expect(f.reason.length).toBeGreaterThan(0);
            }
            for (const p of [
              g.fisher?.status === "ok" ? g.fisher.pValue : undefined,
              g.fisher?.status === "ok" ? g.fisher.midP : undefined,
              g.zTest?.status === "ok" ? g.zTest.pValue : undefined,
              g.pAdjusted?.holm,
              g.pAdjusted?.bh,
            ]) {
              if (p === undefined) continue;
              expect(p).toBeGreaterThanOrEqual(0);
              expect(p).toBeLessThanOrEqual(1);
            }
            if (g.pAdjusted && g.fisher?.status === "ok") {
              expect(g.pAdjusted.holm).toBeGreaterThanOrEqual(g.fisher.pValue - 1e-15);
              expect(g.pAdjusted.bh).toBeGreaterThanOrEqual(g.fisher.pValue - 1e-15);
            }
          }
        }
      }),
      params,
    );
  });

  it("permuting the rows changes nothing", () => {
    fc.assert(
      fc.property(logs, fc.integer(), (rows, seed) => {
        const shuffled = [...rows];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = audit(cellsOf(rows), options);
        const b = audit(cellsOf(shuffled), options);
        // Sums of scores may differ in the last bit when added in another order.
        expect(JSON.stringify(b, round)).toBe(JSON.stringify(a, round));
      }),
      params,
    );
  });

  it("no hidden group is shown or derivable, and the reference is an eligible group", () => {
    fc.assert(
      fc.property(logs, (rows) => {
        const report = audit(cellsOf(rows), options);
        for (const grouping of report.groupings) {
          const attrs = grouping.attributes;
          const trueN = (key: Record<string, string>) =>
            rows.filter((r) => attrs.every((a) => (r.attributes as Record<string, string>)[a] === key[a]))
              .length;
          for (const g of grouping.groups) {
            const n = trueN(g.key as Record<string, string>);
            if (g.status === "suppressed") {
              expect(g.n).toBeNull();
              expect(g.selected).toBeNull();
              expect(g.selectionRate.status).toBe("undefined");
              expect(g.scoring).toBeUndefined();
              expect(g.errorRates).toBeUndefined();
            } else {
              expect(n).toBeGreaterThanOrEqual(options.minGroup);
              expect(g.n).toBe(n);
            }
            if (g.isReference) {
              expect(g.status).toBe("ok");
              expect(g.fisher).toBeNull();
              expect(g.impactRatio.status).toBe("undefined");
            }
          }
          // Every line whose total a reader can derive hides no group, or at least two holding at least minGroup.
          const lines: GroupResult[][] = [grouping.groups as GroupResult[]];
          for (const free of attrs) {
            const slices = new Map<string, GroupResult[]>();
            for (const g of grouping.groups) {
              const id = attrs
                .filter((a) => a !== free)
                .map((a) => g.key[a])
                .join("|");
              slices.set(id, [...(slices.get(id) ?? []), g]);
            }
            if (attrs.length > 1) lines.push(...slices.values());
          }
          for (const line of lines) {
            const hidden = line.filter((g) => g.status === "suppressed");
            if (hidden.length === 0 || hidden.length === line.length) continue;
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            const hiddenN = hidden.reduce((s, g) => s + trueN(g.key as Record<string, string>), 0);
            expect(hiddenN).toBeGreaterThanOrEqual(options.minGroup);
          }
        }
      }),
      params,
    );
  });

  it("counts every candidate once per grouping: shown + hidden + unknown = all", () => {
    fc.assert(
      fc.property(logs, (rows) => {
        const report = audit(cellsOf(rows), options);
        for (const grouping of report.groupings) {
          const unknown = rows.filter((r) =>
            grouping.attributes.some((a) => (r.attributes as Record<string, string>)[a] === ""),
          ).length;
          expect(grouping.unknown).toBe(unknown);
        }
        expect(report.overall.n).toBe(rows.length);
      }),
      params,
    );
  });
});

function round(_: string, v: unknown) {
  return typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(10)) : v;
}
