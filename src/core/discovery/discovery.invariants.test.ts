/**
 * Invariants of both methods over random small tables (fast-check, seeded): mixed features with
 * missing values, constant and all-missing columns, decisions or scores. Nothing crashes; p-values lie
 * in [0, 1] with Holm never below the raw p; no statistic is shown for fewer than minGroup people;
 * every row's assignment names a reported cluster or none; a run reproduces from its seed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discoverSubgroups } from "./discover-subgroups.ts";
import type { DiscoveryResult } from "./discovery-result.ts";
import type { DiscoveryRow, DiscoveryTable } from "./discovery-table.ts";
import { hbac } from "./hbac.ts";

const row = fc.record({
  a: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
  b: fc.option(fc.constantFrom("x", "y", "z"), { nil: null }),
  c: fc.double({ min: -3, max: 3, noNaN: true }),
  d: fc.constantFrom("k", "l"),
  constant: fc.constant("same"),
  empty: fc.constant(null),
  outcome: fc.integer({ min: 0, max: 1 }),
  score: fc.double({ min: 0, max: 100, noNaN: true }),
});
const tables = fc.record({
  rows: fc.array(row, { minLength: 20, maxLength: 120 }),
  score: fc.boolean(),
  worse: fc.constantFrom("low" as const, "high" as const),
  seed: fc.integer({ min: 0, max: 1000 }),
});

function check(result: DiscoveryResult, rows: number, minGroup: number): void {
  expect(result.assignments).toHaveLength(rows);
  for (const a of result.assignments) expect(a >= -1 && a < result.clusters.length).toBe(true);
  for (const c of result.clusters) {
    if (c.pValue !== null) {
      expect(c.pValue).toBeGreaterThanOrEqual(0);
      expect(c.pValue).toBeLessThanOrEqual(1);
      expect(c.pAdjusted!).toBeGreaterThanOrEqual(c.pValue);
      expect(c.pAdjusted!).toBeLessThanOrEqual(1);
    }
    if (c.heldOut.size < minGroup || c.heldOut.restSize < minGroup) {
      expect(c.outcomeMean.status).toBe("undefined");
      expect(c.pValue).toBeNull();
      expect(c.significant).toBe(false);
    }
    for (const comp of c.composition) {
      for (const cell of comp.cells)
        if (cell.group) expect(cell.group.count === 0 || cell.group.count >= minGroup).toBe(true);
    }
    expect(c.profile.length).toBeGreaterThan(0);
    for (const line of c.profile) expect(line.text.en.length * line.text.nl.length).toBeGreaterThan(0);
  }
}

describe("discovery invariants", () => {
  it("hold for subgroup discovery and HBAC on random tables", () => {
    fc.assert(
      fc.property(tables, ({ rows, score, worse, seed }) => {
        const table: DiscoveryTable = {
          rows: rows.map((r, i) => ({ ...r, id: `r${i}`, group: i % 3 ? "p" : "q" })) as DiscoveryRow[],
          outcome: score ? { kind: "score", column: "score" } : { kind: "decision", column: "outcome" },
          worse,
          features: ["a", "b", "c", "d", "constant", "empty"],
          protected: ["group"],
          id: "id",
        };
        for (const run of [
          () => discoverSubgroups(table, { seed, resamples: 2 }),
          () => hbac(table, { seed, resamples: 2, maxIterations: 4 }),
        ]) {
          let result: DiscoveryResult;
          try {
            result = run();
          } catch (e) {
            // The only data errors possible here: every feature constant or missing in this sample.
            expect((e as { code?: string }).code).toBe("no-usable-features");
            continue;
          }
          check(result, rows.length, 5);
          expect(result.notes.map((n) => n.column)).toEqual(expect.arrayContaining(["constant", "empty"]));
          expect(JSON.stringify(run())).toBe(JSON.stringify(result));
        }
      }),
      { seed: 20261130, numRuns: 40 },
    );
  });
});
