/** The `aware` command as a user runs it: a real process on real files, exit codes and outputs. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const example = join(root, "examples/hiring-decisions.csv");
const fixture = (name: string) => join(root, "src/sources/fixtures", name);

function aware(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LANG: "C", AWARE_LANG: "", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const exampleArgs = [
  "audit",
  example,
  "--outcome",
  "selected",
  "--protected",
  "gender,ethnicity",
  "--intersections",
  "all",
];

describe("aware audit", () => {
  it("prints help with the flags and exit codes, exit 0", () => {
    const r = aware(["audit", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--outcome <column>");
    expect(r.stdout).toContain("Exit codes");
  });
  it("audits the example and prints a table, exit 0", () => {
    const r = aware([
      ...exampleArgs,
      "--stage",
      "stage",
      "--stage-order",
      "application,screening,interview,offer",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Grouping: gender × ethnicity");
    expect(r.stdout).toContain("Reference group:");
    expect(r.stdout).toContain("Funnel by stage");
  });
  it("writes the JSON contract with the input's SHA-256", () => {
    const dir = mkdtempSync(join(tmpdir(), "aware-cli-"));
    const out = join(dir, "report.json");
    const r = aware([...exampleArgs, "--format", "json", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.schema).toBe("aware.audit/1");
    expect(doc.rows).toBe(4205);
    expect(doc.provenance.input.sha256).toBe(
      createHash("sha256").update(readFileSync(example)).digest("hex"),
    );
    expect(doc.provenance.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.groupings).toHaveLength(3);
    const g = doc.groupings[0];
    expect(g.attributes).toEqual(["gender"]);
    expect(typeof g.unknown).toBe("number");
    const compared = g.groups.find((x: { fisher: unknown }) => x.fisher);
    for (const field of [
      "key",
      "n",
      "status",
      "selected",
      "selectionRate",
      "impactRatio",
      "fisher",
      "zTest",
      "pAdjusted",
    ]) {
      expect(compared, field).toHaveProperty(field);
    }
    expect(compared.selectionRate).toHaveProperty("ci");
    expect(compared.pAdjusted).toHaveProperty("holm");
  });
  it("puts the scoring rate and the error rates on each group, as the contract says", () => {
    const r = aware([
      "audit",
      join(root, "examples/compas_for_aequitas.csv"),
      "--outcome",
      "score",
      "--label",
      "label_value",
      "--protected",
      "race,sex",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const female = JSON.parse(r.stdout).groupings[1].groups.find(
      (g: { key: { sex: string } }) => g.key.sex === "Female",
    );
    for (const rate of ["tpr", "fpr", "fnr", "ppv", "fdr", "for", "npv", "accuracy"]) {
      expect(female[rate].status, rate).toBe("ok");
    }
    expect(female.fpr.value).toBeCloseTo(288 / (288 + 609), 12);
    expect(female.errorRates.ratios.fpr.status).toBe("ok");
    const scored = JSON.parse(
      aware([...exampleArgs, "--score", "assessment_score", "--format", "json"]).stdout,
    );
    const vrouw = scored.groupings[0].groups.find(
      (g: { key: { gender: string } }) => g.key.gender === "vrouw",
    );
    expect(vrouw.scoringRate.status).toBe("ok");
    expect(vrouw.scoringImpactRatio).toHaveProperty("value");
    expect(scored.groupings[0].cutCurve.length).toBeGreaterThan(5);
  });
  it("renders CSV, Markdown and HTML", () => {
    expect(aware([...exampleArgs, "--format", "csv"]).stdout.split("\n")[0]).toMatch(
      /^grouping,group,status/,
    );
    expect(aware([...exampleArgs, "--format", "md"]).stdout).toMatch(/^# Selection audit/);
    const html = aware([...exampleArgs, "--format", "html"]).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<svg");
  });
  it("speaks Dutch with Dutch number formats", () => {
    const r = aware([...exampleArgs, "--lang", "nl"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Referentiegroep");
    expect(r.stdout).toMatch(/0,\d{3}/);
  });
  it("exits 1 on findings with --fail-on, 0 without", () => {
    expect(aware([...exampleArgs, "--fail-on", "four-fifths"]).code).toBe(1);
    expect(aware(exampleArgs).code).toBe(0);
  });
  it("exits 2 on usage errors with a message naming the flag", () => {
    const missing = aware(["audit", example, "--protected", "gender"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--outcome");
    const small = aware([...exampleArgs, "--min-group", "3"]);
    expect(small.code).toBe(2);
    expect(small.stderr).toContain("--min-group");
    expect(
      aware(["audit", example, "--outcome", "selected", "--protected", "gender", "--reference", "gender"])
        .code,
    ).toBe(2);
  });
  it("exits 2 on data errors, names the line, and writes no report", () => {
    const dir = mkdtempSync(join(tmpdir(), "aware-cli-"));
    const out = join(dir, "report.json");
    const r = aware([
      "audit",
      fixture("bad-outcome.csv"),
      "--outcome",
      "selected",
      "--protected",
      "gender",
      "--out",
      out,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("line 4");
    expect(r.stderr).toContain("misschien");
    expect(existsSync(out)).toBe(false);
  });
  it("names a misspelled column and suggests the right one, in Dutch too", () => {
    const r = aware(["audit", example, "--outcome", "selected", "--protected", "Gender", "--lang", "nl"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Bedoelt u "gender"?');
  });
});
