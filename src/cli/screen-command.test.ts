/** `aware screen` as a user runs it: a real process on the example vacancy and candidates. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const vacancy = join(root, "examples/vacancy-home-care.json");
const candidates = join(root, "examples/candidates-home-care.csv");

function aware(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 26,
    env: { ...process.env, LANG: "C", AWARE_LANG: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("aware screen", () => {
  it("screens the example candidates to the documented JSON", () => {
    const r = aware(["screen", vacancy, candidates, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe("aware.screening/1");
    expect(doc.results).toHaveLength(300);
    expect(doc.summary.candidates).toBe(300);
    for (const result of doc.results) {
      for (const field of [
        "id",
        "score",
        "recommendation",
        "knockout",
        "contributions",
        "atypical",
        "counterfactual",
        "explanation",
      ]) {
        expect(result, field).toHaveProperty(field);
      }
      const sum = result.contributions.reduce((s: number, c: { points: number }) => s + c.points, 0);
      expect(sum).toBeCloseTo(result.score, 9);
      expect(result.explanation.nl.length).toBeGreaterThan(20);
      expect(result.explanation.en.length).toBeGreaterThan(20);
      if (result.automatic) expect(result.knockout).not.toBeNull();
    }
  });
  it("gives the same result whatever the protected columns say", () => {
    const dir = mkdtempSync(join(tmpdir(), "aware-screen-"));
    const [header, ...lines] = readFileSync(candidates, "utf8").trim().split("\n");
    const names = (header as string).split(",");
    const gender = names.indexOf("gender");
    const flipped = lines.map((line) => {
      // Rows with a quoted value (a decimal comma) are left as they are; the others are split safely.
      if (line.includes('"')) return line;
      const cells = line.split(",");
      cells[gender] = cells[gender] === "vrouw" ? "man" : "vrouw";
      return cells.join(",");
    });
    const changed = join(dir, "changed.csv");
    writeFileSync(changed, `${[header, ...flipped].join("\n")}\n`);
    const strip = (out: string) => {
      const doc = JSON.parse(out);
      return JSON.stringify(doc.results);
    };
    expect(strip(aware(["screen", vacancy, changed, "--format", "json"]).stdout)).toBe(
      strip(aware(["screen", vacancy, candidates, "--format", "json"]).stdout),
    );
  });
  it("refuses a criterion on a protected characteristic, explaining why, with exit code 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "aware-screen-"));
    const bad = JSON.parse(readFileSync(vacancy, "utf8"));
    bad.criteria[0].condition.field = "leeftijd";
    const path = join(dir, "bad.json");
    writeFileSync(path, JSON.stringify(bad));
    const r = aware(["screen", path, candidates]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("criteria[0]");
    expect(r.stderr).toMatch(/discriminat/i);
  });
  it("names the path of a malformed vacancy field", () => {
    const dir = mkdtempSync(join(tmpdir(), "aware-screen-"));
    const bad = JSON.parse(readFileSync(vacancy, "utf8"));
    bad.thresholds.advance = "high";
    const path = join(dir, "bad.json");
    writeFileSync(path, JSON.stringify(bad));
    const r = aware(["screen", path, candidates]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("thresholds.advance");
  });
  it("writes CSV with both explanations, and a table", () => {
    const csv = aware(["screen", vacancy, candidates, "--format", "csv"]).stdout.split("\n");
    expect(csv[0]).toMatch(/^id,score,max_score,recommendation,automatic,knockout/);
    expect(csv[0]).toContain("explanation_nl");
    expect(csv.filter((l) => l.trim() !== "")).toHaveLength(301);
    const table = aware(["screen", vacancy, candidates, "--lang", "nl"]);
    expect(table.stdout).toContain("300 kandidaten");
  });
});
