import { describe, expect, it } from "vitest";
import { buildConditionSpace, ruleConditions } from "./condition-space.ts";
import { holdoutSplit } from "./holdout-split.ts";
import { prepareTable } from "./prepare-table.ts";
import { seededRandom } from "./seeded-random.ts";
import { ruleMembers } from "./subgroup-rule.ts";
import { SubgroupSearch } from "./subgroup-search.ts";
import { syntheticHiringLog } from "./synthetic-log.ts";

describe("buildConditionSpace", () => {
  const log = syntheticHiringLog({ n: 800, seed: 2 });
  const prepared = prepareTable(log.table);
  const split = holdoutSplit(prepared.used, 0.5, seededRandom(1));
  const space = buildConditionSpace(prepared, split.search, 16);
  const y = Float64Array.from(split.search, (i) => prepared.outcome[i]!);
  const search = new SubgroupSearch(
    space,
    { y, weights: null },
    { minCount: 1, maxDepth: 2, beamWidth: 5, sizeExponent: 0.5, sign: -1 },
  );
  const byRule = (ids: number[]) => {
    const all = ruleMembers(
      { conditions: ruleConditions(space, ids) },
      prepared.features,
      prepared.totalRows,
    );
    return Uint8Array.from(split.search, (i) => all[i]!);
  };

  it("offers thresholds, categories, their complements and missing values", () => {
    const ops = new Set(space.conditions.map((c) => c.op));
    expect(ops).toEqual(new Set(["le", "ge", "eq", "ne", "missing"]));
    const hours = space.features.findIndex((f) => f.name === "hours_per_week");
    // Ten distinct hours: a bin per value, so "≤ 24" is exact.
    expect(space.features[hours]?.bins?.cuts).toEqual([12, 16, 20, 24, 28, 32, 36, 38, 40]);
  });

  it("writes rules whose rounded thresholds select exactly the search rows the bins select", () => {
    for (const c of space.conditions) {
      expect(byRule([c.id]), JSON.stringify(ruleConditions(space, [c.id]))).toEqual(
        search.memberMask([c.id]).mask,
      );
    }
    // Ranges: "≥ a" and "≤ b" on one feature read as "between a and b".
    const years = space.features.findIndex((f) => f.name === "years_experience");
    const ge = space.conditions.find((c) => c.feature === years && c.op === "ge" && c.code === 3)!;
    const le = space.conditions.find((c) => c.feature === years && c.op === "le" && c.code === 9)!;
    expect(ruleConditions(space, [ge.id, le.id])[0]?.op).toBe("between");
    expect(byRule([ge.id, le.id])).toEqual(search.memberMask([ge.id, le.id]).mask);
  });
});
