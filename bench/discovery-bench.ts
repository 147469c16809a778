/**
 * Benchmark (not a test): discovery on 100,000 rows × 21 features (the synthetic log with a planted
 * career-gap × part-time group), through the whole `aware discover` command (read, search, resamples,
 * held-out tests, proxy check, JSON report), each method in a fresh process, median of three; time and
 * peak memory as bench/measured.ts measures them (wall time after Node has started). Target: within a minute.
 * Run: npm run bench:discovery
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PLANTINGS, syntheticHiringLog } from "../src/core/discovery/synthetic-log.ts";
import { csvCell } from "../src/core/report/csv-cell.ts";

const count = Number(process.argv[2] ?? 100_000);
const dir = fileURLToPath(new URL("./data/", import.meta.url));
mkdirSync(dir, { recursive: true });
const file = `${dir}discovery-${count}.csv`;
const log = syntheticHiringLog({
  n: count,
  seed: 11,
  planted: PLANTINGS.careerGapPartTime,
  withProtected: true,
});
const columns = Object.keys(log.rows[0]!);
writeFileSync(
  file,
  `${[columns.join(","), ...log.rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))].join("\n")}\n`,
);
const features = columns.filter((c) => !["applicant_id", "selected", "gender", "origin"].includes(c));

function run(method: string): { seconds: number; peakMiB: number; top: string } {
  const out = `${dir}discovery-${count}-${method}.json`;
  // bench/measured.ts runs the CLI in its own process and reports wall time and peak memory.
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      fileURLToPath(new URL("./measured.ts", import.meta.url)),
      "cli",
      "discover",
      file,
      "--outcome",
      "selected",
      "--id",
      "applicant_id",
      "--protected",
      "gender,origin",
      "--method",
      method,
      "--format",
      "json",
      "--quiet",
      "--out",
      out,
    ],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const measured = JSON.parse(r.stderr.trim().split("\n").at(-1) ?? "{}") as {
    wallMs: number;
    maxRssMiB: number;
  };
  const doc = JSON.parse(readFileSync(out, "utf8")) as {
    clusters: { description: { en: string }; significant: boolean }[];
  };
  const top = doc.clusters[0];
  return {
    seconds: measured.wallMs / 1000,
    peakMiB: measured.maxRssMiB,
    top: top ? `${top.description.en}${top.significant ? " (significant)" : ""}` : "none",
  };
}

console.log(`| method | rows × features | whole \`aware discover\` (median of 3) | peak memory | group 0 |`);
console.log("|---|---|---|---|---|");
for (const method of ["subgroups", "hbac"]) {
  const runs = [run(method), run(method), run(method)].sort((a, b) => a.seconds - b.seconds);
  const m = runs[1]!;
  console.log(
    `| ${method} | ${count.toLocaleString("en")} × ${features.length} | ${m.seconds.toFixed(1)} s | ${m.peakMiB.toFixed(0)} MiB | ${m.top} |`,
  );
}
