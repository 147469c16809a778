/**
 * The DuckDB push-down on real files: the COMPAS decision log as Aequitas ships it, whose per-group
 * confusion counts and disparities Aequitas publishes (toolkits.md D1), read through the same path as
 * `aware audit`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { audit } from "../../core/audit/audit.ts";
import type { AuditReport, GroupingResult } from "../../core/audit/audit-report.ts";
import { cellsFromRows } from "../../core/audit/cells-from-rows.ts";
import type { DecisionCells } from "../../core/audit/decision-cells.ts";
import { type FileInput, readDecisionFile } from "./read-decision-file.ts";

const compas = fileURLToPath(new URL("../../../examples/compas_for_aequitas.csv", import.meta.url));
const columns = { outcome: "score", label: "label_value", protected: ["race", "sex", "age_cat"] };
const value = (f: { status: string; value: number | null } | null | undefined) =>
  f && f.status === "ok" ? f.value : undefined;
const group = (g: GroupingResult, v: string) => g.groups.find((r) => Object.values(r.key).join("|") === v)!;

describe("COMPAS (Aequitas sample data, 7,214 rows)", () => {
  let cells: DecisionCells;
  let input: FileInput;
  let crosstab: AuditReport;
  beforeAll(async () => {
    ({ cells, input } = await readDecisionFile(compas, columns));
    crosstab = audit(cells, { protected: columns.protected, minGroup: 5 });
  });
  it("reads every row and records the input", () => {
    expect(cells.rows).toBe(7214);
    expect(input.format).toBe("csv");
    expect(input.delimiter).toBe(",");
    expect(input.columns).toEqual(["entity_id", "score", "label_value", "race", "sex", "age_cat"]);
  });
  it("reproduces Aequitas' confusion counts per group", () => {
    const expected: Record<string, [string, number, number, number, number]> = {
      "African-American": ["race", 1369, 805, 990, 532],
      Asian: ["race", 6, 2, 21, 3],
      Caucasian: ["race", 505, 349, 1139, 461],
      Hispanic: ["race", 103, 87, 318, 129],
      "Native American": ["race", 9, 3, 5, 1],
      Other: ["race", 43, 36, 208, 90],
      Female: ["sex", 303, 288, 609, 195],
      Male: ["sex", 1732, 994, 2072, 1021],
      "25 - 45": ["age_cat", 1183, 741, 1479, 706],
      "Greater than 45": ["age_cat", 213, 181, 897, 285],
      "Less than 25": ["age_cat", 639, 360, 305, 225],
    };
    for (const [name, [attribute, tp, fp, tn, fn]] of Object.entries(expected)) {
      const grouping = crosstab.groupings.find((g) => g.attributes[0] === attribute)!;
      const r = group(grouping, name);
      expect(r.n, name).toBe(tp + fp + tn + fn);
      expect(r.selected, name).toBe(tp + fp);
      // Rates back to counts: tpr·(tp+fn) = tp, fpr·(fp+tn) = fp.
      expectClose(value(r.tpr)! * (tp + fn), tp, 1e-12);
      expectClose(value(r.fpr)! * (fp + tn), fp, 1e-12);
    }
  });
  it("reproduces the disparities against Hispanic, Male and 25 - 45 (compas_demo.ipynb)", () => {
    const report = audit(cells, {
      protected: columns.protected,
      reference: { race: "Hispanic", sex: "Male", age_cat: "25 - 45" },
    });
    const [race, sex, age] = report.groupings as [GroupingResult, GroupingResult, GroupingResult];
    const aa = group(race, "African-American");
    expect(value(aa.errorRates!.ratios.fpr)!.toFixed(6)).toBe("2.087696");
    expect(value(aa.impactRatio)!.toFixed(6)).toBe("1.972030");
    expect(value(aa.errorRates!.ratios.fdr)!.toFixed(6)).toBe("0.808669");
    expect(value(aa.errorRates!.ratios.tpr)!.toFixed(6)).toBe("1.622079");
    const female = group(sex, "Female");
    expect(value(female.errorRates!.ratios.fpr)!.toFixed(6)).toBe("0.990343");
    expect(value(female.errorRates!.ratios.fdr)!.toFixed(6)).toBe("1.336425");
    const young = group(age, "Less than 25");
    expect(value(young.errorRates!.ratios.fpr)!.toFixed(6)).toBe("1.621868");
    expect(value(young.impactRatio)!.toFixed(6)).toBe("1.395369");
  });
  it("reproduces the cross-tool figures: race selection rates, χ² 539.558, sex Yates χ² p 0.00283, z 3.0160", () => {
    const race = crosstab.groupings[0]!;
    const rates: Record<string, string> = {
      "African-American": "0.588203",
      Asian: "0.250000",
      Caucasian: "0.348003",
      Hispanic: "0.298273",
      "Native American": "0.666667",
      Other: "0.209549",
    };
    for (const [name, rate] of Object.entries(rates))
      expect(value(group(race, name).selectionRate)!.toFixed(6)).toBe(rate);
    expect(race.chiSquare.status === "ok" && race.chiSquare.statistic!.toFixed(3)).toBe("539.558");
    expect(race.chiSquare.status === "ok" && race.chiSquare.df).toBe(5);
    const female = group(crosstab.groupings[1]!, "Female");
    expect(female.chiSquare?.status === "ok" && female.chiSquare.yatesPValue.toFixed(5)).toBe("0.00283");
    expect(female.zTest?.status === "ok" && female.zTest.statistic!.toFixed(4)).toBe("-3.0160");
  });
  it("uses the most-selected group as the default reference", () => {
    expect(crosstab.groupings[0]!.reference).toEqual({ race: "Native American" });
  });
});

describe("both score paths agree with the cells computed in memory", () => {
  // Few distinct scores are grouped by value in one pass; many distinct scores take a first pass for
  // the median. Both must give what cellsFromRows gives on the same rows.
  it.each([
    ["few distinct scores (one pass)", (i: number) => (i % 97) / 2],
    ["many distinct scores (two passes)", (i: number) => ((i * 7919) % 10007) / 7 + 0.001 * (i % 13)],
  ])("%s", async (_label, scoreOf) => {
    const dir = mkdtempSync(join(tmpdir(), "aware-score-"));
    const path = join(dir, "scores.csv");
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      g: ["a", "b", "c"][i % 3] as string,
      selected: i % 5 < 2,
      score: i % 11 === 0 ? null : scoreOf(i),
    }));
    writeFileSync(
      path,
      `g,selected,score\n${rows.map((r) => `${r.g},${r.selected ? 1 : 0},${r.score ?? ""}`).join("\n")}\n`,
    );
    const { cells } = await readDecisionFile(path, { outcome: "selected", score: "score", protected: ["g"] });
    const memory = cellsFromRows(
      rows.map((r) => ({ selected: r.selected, attributes: { g: r.g }, score: r.score })),
      { attributes: ["g"] },
    );
    expect(cells.score?.median).toBe(memory.score?.median);
    expect(cells.score?.cuts).toEqual(memory.score?.cuts);
    const round = (_: string, v: unknown) =>
      typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(10)) : v;
    expect(JSON.stringify(audit(cells, { protected: ["g"] }), round)).toBe(
      JSON.stringify(audit(memory, { protected: ["g"] }), round),
    );
  });
});
