import { describe, expect, it } from "vitest";
import { discoverSubgroups } from "./discover-subgroups.ts";
import type { DiscoveryProgress } from "./discovery-options.ts";
import { plantedRecovery as heldOutRecovery, PLANTINGS, syntheticHiringLog } from "./synthetic-log.ts";

describe("discoverSubgroups recovers a planted disadvantaged combination", () => {
  // 10,000 applicants (5,000 searched, 5,000 held out), the planted group about 9% of them, selected
  // at 0.35·(1 − 0.6) = 14% against 35%. Measured (precision/recall of cluster 0, held-out half):
  //   careerGapPartTime        seed 1: 1.00/1.00  seed 2: 1.00/1.00  seed 3: 1.00/1.00
  //   foreignDiplomaJunior     seed 1: 1.00/0.98  seed 2: 0.97/1.00  seed 3: 0.99/1.00
  //   temporaryPartTimeSalary  seed 1: 1.00/0.90  seed 2: 1.00/0.93  seed 3: 1.00/0.95
  // (seeds 4–8 also all ≥ 0.87; at 5,000 applicants the three-feature planting is too weak to find
  // reliably, with about 200 planted people in the search half.)
  for (const [name, planting] of Object.entries(PLANTINGS)) {
    for (const seed of [1, 2, 3]) {
      it(`${name}, seed ${seed}`, () => {
        const log = syntheticHiringLog({ n: 10_000, seed, planted: planting });
        const result = discoverSubgroups(log.table, { seed, resamples: 0 });
        const top = result.clusters[0]!;
        const { precision, recall } = heldOutRecovery(result, log.planted);
        expect(precision).toBeGreaterThanOrEqual(0.8);
        expect(recall).toBeGreaterThanOrEqual(0.8);
        expect(top.rule?.conditions.map((c) => c.feature).sort()).toEqual(
          planting.map((c) => c.feature).sort(),
        );
        expect(top.significant).toBe(true);
        expect(top.direction).toBe("worse");
      });
    }
  }

  it("writes the issue's example as the rule, with its statistics and a stable group", () => {
    const log = syntheticHiringLog({
      n: 10_000,
      seed: 4,
      planted: PLANTINGS.careerGapPartTime,
      withProtected: true,
    });
    const result = discoverSubgroups(log.table, { seed: 4 });
    const top = result.clusters[0]!;
    expect(top.rule?.text).toEqual({
      en: "gap_months ≥ 12 and hours_per_week ≤ 24",
      nl: "gap_months ≥ 12 en hours_per_week ≤ 24",
    });
    expect(top.rule?.conditions).toEqual([
      { feature: "gap_months", op: ">=", value: 12 },
      { feature: "hours_per_week", op: "<=", value: 24 },
    ]);
    expect(top.stability).toMatchObject({ status: "ok", resamples: 20, stable: true });
    expect(top.stability.status === "ok" && top.stability.value).toBeGreaterThanOrEqual(0.9);
    // Held-out statistics: a rate difference with Newcombe's interval, a z-test, Cohen's h, Holm.
    expect(top.outcomeMean.status).toBe("ok");
    expect(top.difference).toMatchObject({
      status: "ok",
      ci: { status: "ok", method: "newcombe hybrid score" },
    });
    const d = top.difference.status === "ok" ? top.difference : null;
    expect(d!.value).toBeLessThan(-0.1);
    expect(d!.ci?.status === "ok" && d!.ci.upper).toBeLessThan(0);
    expect(top.test).toMatchObject({ status: "ok", method: "two-proportion-z (pooled)" });
    expect(top.effectSize).toMatchObject({ status: "ok", method: "cohens-h" });
    expect(top.pAdjusted).toBeGreaterThanOrEqual(top.pValue!);
    expect(top.heldOut.size + top.search.size).toBe(top.size);
    // The profile, in both languages: the rule, the outcome, and how the group differs otherwise.
    expect(top.profile[0]).toEqual({
      kind: "rule",
      text: { en: `Rule: ${top.rule!.text.en}`, nl: `Regel: ${top.rule!.text.nl}` },
    });
    expect(top.profile[1]?.kind).toBe("outcome");
    expect(top.profile[1]?.text.en).toMatch(
      /^Held-out half: selected = yes for \d+\.\d% of this group against \d+\.\d% of the rest/,
    );
    expect(top.profile[1]?.text.nl).toMatch(
      /^Achtergehouden helft: selected = ja bij \d+,\d% van deze groep/,
    );
    expect(top.profile.some((l) => l.kind === "stability" && l.text.en.endsWith("(stable)"))).toBe(true);
    // Validation: the protected attributes were not searched, but the group is mostly women.
    const gender = top.composition.find((c) => c.attribute === "gender")!;
    const women = gender.cells.find((c) => c.value === "F")!;
    expect(women.group!.share).toBeGreaterThan(women.rest!.share);
    expect(top.profile.some((l) => l.kind === "composition" && l.text.en.startsWith("By gender: F is"))).toBe(
      true,
    );
    expect(result.protected).toEqual(["gender", "origin"]);
    expect(result.features.map((f) => f.name)).not.toContain("gender");
  });

  it("finds a group with a worse score (Welch's test) and with more wrong predictions", () => {
    const scores = syntheticHiringLog({
      n: 10_000,
      seed: 1,
      planted: PLANTINGS.foreignDiplomaJunior,
      outcome: "score",
    });
    const result = discoverSubgroups(scores.table, { seed: 1, resamples: 0 });
    expect(result.clusters[0]?.test).toMatchObject({ status: "ok", method: "welch-t" });
    expect(result.clusters[0]?.effectSize).toMatchObject({ status: "ok", method: "cohens-d" });
    const r = heldOutRecovery(result, scores.planted);
    expect(r.precision).toBeGreaterThanOrEqual(0.8);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);

    // Errors: a model that is wrong 40% of the time for the planted group and 10% for the others.
    const log = syntheticHiringLog({ n: 10_000, seed: 2, planted: PLANTINGS.careerGapPartTime });
    let u = 17;
    const next = () => {
      u = (u * 1103515245 + 12345) % 2147483648;
      return u / 2147483648;
    };
    const rows = log.rows.map((row, i) => {
      const label = next() < 0.5 ? 1 : 0;
      const wrong = next() < (log.planted[i] ? 0.4 : 0.1);
      return { ...row, label, prediction: wrong ? 1 - label : label };
    });
    const errors = discoverSubgroups(
      {
        ...log.table,
        rows,
        outcome: { kind: "error", prediction: "prediction", label: "label" },
        worse: "high",
      },
      { seed: 2, resamples: 0 },
    );
    const e = heldOutRecovery(errors, log.planted);
    expect(e.precision).toBeGreaterThanOrEqual(0.8);
    expect(e.recall).toBeGreaterThanOrEqual(0.8);
    expect(errors.clusters[0]?.profile[1]?.text.en).toMatch(/wrong prediction for/);
  });
});

describe("discoverSubgroups: the result", () => {
  const log = syntheticHiringLog({ n: 3000, seed: 11, planted: PLANTINGS.foreignDiplomaJunior });

  it("reproduces with the same seed, and states it", () => {
    const a = discoverSubgroups(log.table, { seed: 5, resamples: 5 });
    const b = discoverSubgroups(log.table, { seed: 5, resamples: 5 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.seed).toBe(5);
    expect(a.options).toMatchObject({ seed: 5, resamples: 5, minSize: 0.05, maxDepth: 3 });
    const c = discoverSubgroups(log.table, { seed: 6, resamples: 5 });
    expect(c.half).not.toEqual(a.half);
  });

  it("assigns every row: cluster 0 first, −1 outside every group", () => {
    const r = discoverSubgroups(log.table, { seed: 1, resamples: 0 });
    expect(r.schema).toBe("aware.discovery/1");
    expect(r.method).toBe("subgroups");
    expect(r.assignments).toHaveLength(3000);
    expect(r.rows).toEqual({ total: 3000, used: 3000, search: 1500, heldOut: 1500 });
    expect(r.half.filter((h) => h === "held-out")).toHaveLength(1500);
    const ids = r.clusters.map((c) => c.id);
    expect(ids).toEqual(ids.map((_, k) => k));
    expect(new Set(r.assignments)).toContain(-1);
    for (const a of r.assignments) expect(a).toBeLessThan(r.clusters.length);
    // Ranked by the search half's quality.
    for (let k = 1; k < r.clusters.length; k++) {
      expect(r.clusters[k]!.search.score).toBeLessThanOrEqual(r.clusters[k - 1]!.search.score);
    }
    expect(r.summary.en).toMatch(
      /^\d groups? found; \d significantly worse off in the held-out half \(Holm\)/,
    );
  });

  it("reports its progress phase by phase", () => {
    const seen: DiscoveryProgress[] = [];
    discoverSubgroups(log.table, { seed: 1, resamples: 2, onProgress: (p) => seen.push(p) });
    expect([...new Set(seen.map((p) => p.phase))]).toEqual(["prepare", "search", "stability", "test"]);
    expect(seen.at(-1)).toEqual({ phase: "test", done: 1 });
    expect(seen.filter((p) => p.phase === "stability").map((p) => p.done)).toEqual([0.5, 1]);
  });

  it("finds nothing, and says so, when the outcome is the same for everyone", () => {
    const flat = log.rows.map((row) => ({ ...row, selected: 1 }));
    const r = discoverSubgroups({ ...log.table, rows: flat }, { seed: 1 });
    expect(r.clusters).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(["constant-outcome", "no-groups"]);
    expect(r.assignments.every((a) => a === -1)).toBe(true);
  });

  it("rejects wrong options as programmer errors", () => {
    expect(() => discoverSubgroups(log.table, { minSize: 0.7 })).toThrow(RangeError);
    expect(() => discoverSubgroups(log.table, { seed: -1 })).toThrow(RangeError);
    expect(() => discoverSubgroups(log.table, { maxDepth: 0 })).toThrow(RangeError);
  });
});
