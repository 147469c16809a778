import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { biasAwareHierarchicalKMeans, fitHbac } from "./bias-aware-hierarchical-kmeans.ts";
import { encodeForHbac } from "./hbac-encoding.ts";
import type { CategoricalFeature } from "./prepare-table.ts";

describe("HBAC: the package's documented outputs (toolkits.md C4)", () => {
  it("reproduces the k-means doctest", () => {
    // _kmeans.py: BiasAwareHierarchicalKMeans(bahc_max_iter=1, bahc_min_cluster_size=1, random_state=12)
    const X = [
      [1, 2],
      [1, 4],
      [1, 0],
      [10, 2],
      [10, 4],
      [10, 0],
    ];
    const y = [0, 0, 0, 10, 10, 10];
    const fit = biasAwareHierarchicalKMeans(X, y, { maxIterations: 1, minClusterSize: 1, seed: 12 });
    expect(fit.labels).toEqual([0, 0, 0, 1, 1, 1]);
    expect(fit.scores).toEqual([10, -10]);
    expect(fit.predict(X)).toEqual(fit.labels);
  });

  it("reproduces the k-modes doctest on one-hot categories", () => {
    // _kmodes.py: X = [[0,1],[0,2],[0,0],[1,4],[1,5],[1,3]], the same y: labels [0,0,0,1,1,1], scores [10, −10].
    const X = [
      [0, 1],
      [0, 2],
      [0, 0],
      [1, 4],
      [1, 5],
      [1, 3],
    ];
    const features: CategoricalFeature[] = [0, 1].map((j) => {
      const levels = [...new Set(X.map((r) => String(r[j])))].sort();
      return {
        kind: "categorical",
        name: `x${j}`,
        codes: Int32Array.from(X, (r) => levels.indexOf(String(r[j]))),
        levels,
        missing: 0,
      };
    });
    const rows = Int32Array.from(X, (_, i) => i);
    const encoding = encodeForHbac(features, X.length, rows);
    expect(encoding.columns).toEqual(["x0=0", "x0=1", "x1=0", "x1=1", "x1=2", "x1=3", "x1=4", "x1=5"]);
    const fit = fitHbac(encoding.matrix, encoding.dims, rows, Float64Array.from([0, 0, 0, 10, 10, 10]), {
      maxIterations: 1,
      minClusterSize: 1,
      seed: 12,
    });
    expect([...fit.labels]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(fit.scores).toEqual([10, -10]);
  });

  it("gives one cluster with score 0 for a constant metric", () => {
    const X = Array.from({ length: 30 }, (_, i) => [i % 7, (i * 3) % 5]);
    const fit = biasAwareHierarchicalKMeans(
      X,
      X.map(() => 1),
      { maxIterations: 5, minClusterSize: 2, seed: 1 },
    );
    expect(fit.clusterCount).toBe(1);
    expect(fit.scores).toEqual([0]);
    expect(new Set(fit.labels)).toEqual(new Set([0]));
  });

  it("keeps the package's invariants on random data (tests/test_bahc.py)", () => {
    const data = fc.record({
      n: fc.integer({ min: 12, max: 80 }),
      dims: fc.integer({ min: 1, max: 4 }),
      seed: fc.integer({ min: 0, max: 1000 }),
      minClusterSize: fc.integer({ min: 1, max: 10 }),
      maxIterations: fc.integer({ min: 1, max: 6 }),
      values: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 400, maxLength: 400 }),
      y: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 80, maxLength: 80 }),
    });
    fc.assert(
      fc.property(data, ({ n, dims, seed, minClusterSize, maxIterations, values, y: allY }) => {
        const X = Array.from({ length: n }, (_, i) => values.slice(i * dims, (i + 1) * dims));
        const y = allY.slice(0, n);
        const fit = biasAwareHierarchicalKMeans(X, y, { maxIterations, minClusterSize, seed });
        // len(scores_) == n_clusters_; labels are exactly 0 … n_clusters_ − 1.
        expect(fit.scores).toHaveLength(fit.clusterCount);
        expect([...new Set(fit.labels)].sort((a, b) => a - b)).toEqual([...Array(fit.clusterCount).keys()]);
        // Children never below the minimum size (the root may be, when nothing was split).
        if (fit.clusterCount > 1) {
          for (let c = 0; c < fit.clusterCount; c++) {
            expect(fit.labels.filter((l) => l === c).length).toBeGreaterThanOrEqual(minClusterSize);
          }
        }
        // scores_[i] == mean(y[labels ≠ i]) − mean(y[labels == i]), sorted descending.
        if (fit.clusterCount > 1) {
          for (let c = 0; c < fit.clusterCount; c++) {
            const inside = y.filter((_, i) => fit.labels[i] === c);
            const outside = y.filter((_, i) => fit.labels[i] !== c);
            const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
            expectClose(fit.scores[c], mean(outside) - mean(inside), { absolute: 1e-12 });
          }
        } else expect(fit.scores).toEqual([0]);
        for (let c = 1; c < fit.clusterCount; c++)
          expect(fit.scores[c]!).toBeLessThanOrEqual(fit.scores[c - 1]!);
        // predict(X_train) == labels_.
        expect(fit.predict(X)).toEqual(fit.labels);
      }),
      { seed: 20261129, numRuns: 100 },
    );
  });

  it("is reproducible from its seed", () => {
    const X = Array.from({ length: 60 }, (_, i) => [Math.sin(i) * 3, Math.cos(i * 1.7) * 2]);
    const y = X.map(([a]) => (a! > 0 ? 1 : 0));
    const a = biasAwareHierarchicalKMeans(X, y, { maxIterations: 4, minClusterSize: 3, seed: 9 });
    const b = biasAwareHierarchicalKMeans(X, y, { maxIterations: 4, minClusterSize: 3, seed: 9 });
    expect(a.labels).toEqual(b.labels);
    expect(a.scores).toEqual(b.scores);
  });
});
