/** `aware discover` as a user runs it: a real process on real files, exit codes, reports and assignments. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DiscoveryDocument } from "../core/discovery/discovery-document.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const log = join(root, "examples/discovery-log.csv");
const dir = mkdtempSync(join(tmpdir(), "aware-discover-"));

function aware(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LANG: "C", AWARE_LANG: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("aware discover", { timeout: 60_000 }, () => {
  it("finds the planted group of the example as group 0, significant, and writes the assignments", () => {
    const out = join(dir, "report.json");
    const assignments = join(dir, "assignments.csv");
    const r = aware([
      "discover",
      log,
      "--outcome",
      "selected",
      "--id",
      "applicant_id",
      "--protected",
      "gender,origin",
      "--format",
      "json",
      "--out",
      out,
      "--assignments",
      assignments,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8")) as DiscoveryDocument;
    expect(doc.schema).toBe("aware.discovery/1");
    expect(doc).not.toHaveProperty("assignments");
    const top = doc.clusters[0]!;
    expect(top.rule?.text.en).toBe("gap_months ≥ 12 and hours_per_week ≤ 24");
    expect(top.significant).toBe(true);
    expect(top.pAdjusted).toBeLessThan(0.001);
    expect(top.difference.status).toBe("ok");
    expect(
      doc.proxies?.associations.find((a) => a.feature === "education" && a.attribute === "origin")?.flagged,
    ).toBe(true);
    const lines = readFileSync(assignments, "utf8").trim().split("\n");
    expect(lines[0]).toBe("id,cluster");
    expect(lines).toHaveLength(10_001);
    expect(lines[1]).toMatch(/^A000001,(-|\d+)$/);
    // Every member of group 0 meets the rule.
    const rows = readFileSync(log, "utf8").trim().split("\n");
    const header = rows[0]!.split(",");
    const [gap, hours] = [header.indexOf("gap_months"), header.indexOf("hours_per_week")];
    for (let i = 1; i < lines.length; i++) {
      if (lines[i]!.endsWith(",0")) {
        const cells = rows[i]!.split(",");
        expect(Number(cells[gap]) >= 12 && Number(cells[hours]) <= 24).toBe(true);
      }
    }
  });

  it("gives the same report for the same seed, and writes Markdown and HTML in Dutch", () => {
    const run = () =>
      aware([
        "discover",
        log,
        "--outcome",
        "selected",
        "--features",
        "gap_months,hours_per_week,education",
        "--seed",
        "7",
        "--format",
        "json",
      ]);
    const a = JSON.parse(run().stdout) as DiscoveryDocument;
    const b = JSON.parse(run().stdout) as DiscoveryDocument;
    expect({ ...a, provenance: null }).toEqual({ ...b, provenance: null });
    const md = aware([
      "discover",
      "--lang",
      "nl",
      log,
      "--outcome",
      "selected",
      "--features",
      "gap_months,hours_per_week",
      "--format",
      "md",
    ]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("# Ontdekking van benadeelde groepen");
    expect(md.stdout).toContain("gap_months ≥ 12 en hours_per_week ≤ 24");
    const html = aware([
      "discover",
      log,
      "--outcome",
      "selected",
      "--features",
      "gap_months,hours_per_week",
      "--format",
      "html",
    ]);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain("<table>");
  });

  it("runs HBAC for comparison", () => {
    const r = aware([
      "discover",
      log,
      "--outcome",
      "selected",
      "--features",
      "gap_months,hours_per_week",
      "--method",
      "hbac",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as DiscoveryDocument;
    expect(doc.method).toBe("hbac");
    expect(doc.clusters.every((c) => c.rule === null)).toBe(true);
  });

  it("names the column, the row and what to do for bad input, exit 2", () => {
    const missing = aware(["discover", log, "--outcome", "invited"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("'invited' is not in the table");
    const scores = join(dir, "scores.csv");
    writeFileSync(
      scores,
      ["id,score,x", ...Array.from({ length: 30 }, (_, i) => `${i},${i === 4 ? "high" : i},${i % 3}`)].join(
        "\n",
      ),
    );
    const bad = aware(["discover", scores, "--outcome", "score", "--outcome-kind", "score", "--id", "id"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      `${scores}: Row 5: the score column 'score' holds "high", which is not a number.`,
    );
    const single = join(dir, "single.csv");
    writeFileSync(single, "id,selected,x\n1,1,a\n");
    const one = aware(["discover", single, "--outcome", "selected"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("needs at least 20");
    const asFeature = aware([
      "discover",
      log,
      "--outcome",
      "selected",
      "--features",
      "applicant_id,gap_months",
    ]);
    expect(asFeature.code).toBe(2);
    expect(asFeature.stderr).toContain("looks like an identifier");
    const seed = aware(["discover", log, "--outcome", "selected", "--seed", "-5"]);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain("--seed must be a whole number from 0 to 4294967295");
    const usage = aware(["discover", log, "--outcome", "selected", "--min-size", "0.9"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--min-size");
  });

  it("notes a constant column instead of failing", () => {
    const constant = join(dir, "constant.csv");
    writeFileSync(
      constant,
      ["selected,same,x", ...Array.from({ length: 60 }, (_, i) => `${i % 2},k,${i % 5}`)].join("\n"),
    );
    const r = aware(["discover", constant, "--outcome", "selected", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as DiscoveryDocument;
    expect(doc.notes.some((n) => n.column === "same")).toBe(true);
  });
});
