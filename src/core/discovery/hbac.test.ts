import { describe, expect, it } from "vitest";
import { discoverSubgroups } from "./discover-subgroups.ts";
import { hbac } from "./hbac.ts";
import { plantedRecovery as heldOutRecovery, PLANTINGS, syntheticHiringLog } from "./synthetic-log.ts";

describe("hbac: the anchor Aware has to beat", () => {
  // The issue: on a log where applicants with a long career gap who also work part-time are clearly
  // disadvantaged, HBAC's most disadvantaged cluster has a precision of about 0.06 for that group and
  // is not significant. Measured here (10,000 applicants, about 8.5% planted; precision/recall of
  // cluster 0's held-out members for the planted group, Holm-adjusted p of cluster 0):
  //   seed 1: 0.07/0.27, p = 1;  seed 2: 0.10/0.15, p = 1;  seed 3: 0.09/0.11, p = 1
  // (seeds 4 and 5: 0.10/0.05 and 0.08/0.61, p = 1). Precision is no better than picking people at
  // random (the planted share).
  // HBAC's clusters follow the geometry of twenty features, not the outcome; subgroup discovery on
  // the same logs and seeds: precision and recall ≥ 0.93.
  for (const seed of [1, 2, 3]) {
    it(`does not isolate the career-gap × part-time group (seed ${seed}); subgroup discovery does`, () => {
      const log = syntheticHiringLog({ n: 10_000, seed, planted: PLANTINGS.careerGapPartTime });
      const clusters = hbac(log.table, { seed, resamples: 0 });
      const anchor = heldOutRecovery(clusters, log.planted);
      expect(anchor.precision).toBeLessThan(0.2);
      expect(clusters.clusters[0]?.significant).toBe(false);
      const aware = heldOutRecovery(discoverSubgroups(log.table, { seed, resamples: 0 }), log.planted);
      expect(aware.precision).toBeGreaterThanOrEqual(0.8);
      expect(aware.recall).toBeGreaterThanOrEqual(0.8);
    });
  }
});

describe("hbac: the result", () => {
  const log = syntheticHiringLog({
    n: 3000,
    seed: 21,
    planted: PLANTINGS.foreignDiplomaJunior,
    withProtected: true,
  });

  it("puts every row in exactly one cluster, cluster 0 with the highest bias score", () => {
    const r = hbac(log.table, { seed: 3, resamples: 3 });
    expect(r.method).toBe("hbac");
    expect(r.options).toMatchObject({ maxIterations: 10, minSize: 0.025, resamples: 3, margin: 1e-5 });
    expect(r.assignments.every((a) => a >= 0 && a < r.clusters.length)).toBe(true);
    expect(r.clusters.reduce((a, c) => a + c.size, 0)).toBe(3000);
    for (let k = 1; k < r.clusters.length; k++) {
      expect(r.clusters[k]!.search.score).toBeLessThanOrEqual(r.clusters[k - 1]!.search.score);
    }
    const minimum = Math.round(0.025 * r.rows.search);
    for (const c of r.clusters) {
      expect(c.rule).toBeNull();
      expect(c.search.size).toBeGreaterThanOrEqual(minimum);
      expect(c.stability).toMatchObject({ status: "ok", resamples: 3 });
      expect(c.profile[0]?.text.en).toMatch(/^Cluster \d+ of the bias-aware k-means tree/);
      expect(c.profile[0]?.text.nl).toMatch(/^Cluster \d+ van de bias-bewuste k-means-boom/);
      expect(c.composition.map((x) => x.attribute)).toEqual(["gender", "origin"]);
    }
    // Every cluster is tested, and Holm runs over all of them.
    const tested = r.clusters.filter((c) => c.pValue !== null);
    expect(tested.length).toBe(r.clusters.length);
    for (const c of tested) expect(c.pAdjusted!).toBeGreaterThanOrEqual(c.pValue!);
  });

  it("handles mixed features with missing values and reproduces from its seed", () => {
    const missing = log.rows.map((row, i) => ({ ...row, education: i % 10 === 0 ? null : row.education }));
    const table = { ...log.table, rows: missing };
    const a = hbac(table, { seed: 4, resamples: 0 });
    const b = hbac(table, { seed: 4, resamples: 0 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.seed).toBe(4);
  });

  it("gives one cluster with score 0 when the outcome is the same for everyone", () => {
    const flat = log.rows.map((row) => ({ ...row, selected: 0 }));
    const r = hbac({ ...log.table, rows: flat }, { seed: 1, resamples: 0 });
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]?.search.score).toBe(0);
    expect(r.clusters[0]?.significant).toBe(false);
  });
});
