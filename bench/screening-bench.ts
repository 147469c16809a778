/**
 * Benchmark (not a test): scoring and explaining 100,000 candidates for one vacancy, in the core
 * (screenCandidates, explanations included) and through the whole `aware screen` command on a CSV.
 * Target: under 2 s. Run: npm run bench:screening
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { syntheticCandidates } from "../examples/generate-screening-example.ts";
import { exampleVacancy } from "../src/core/screening/example-vacancy.ts";
import { screenCandidatesOneByOne } from "../src/core/screening/screen-candidates.ts";
import type { Candidate } from "../src/core/screening/vacancy.ts";
import { readCandidates } from "../src/sources/read-candidates.ts";

const count = Number(process.argv[2] ?? 100_000);
const csv = syntheticCandidates(count, 7);
const dir = fileURLToPath(new URL("./data/", import.meta.url));
mkdirSync(dir, { recursive: true });
const file = `${dir}candidates-${count}.csv`;
const vacancy = `${dir}vacancy.json`;
writeFileSync(file, csv);
writeFileSync(vacancy, JSON.stringify(exampleVacancy));
const candidates: Candidate[] = await readCandidates(file);

const runs: number[] = [];
let heap = 0;
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  // One candidate at a time, reading every explanation in both languages, as a report writer does.
  let text = 0;
  let n = 0;
  for (const r of screenCandidatesOneByOne(exampleVacancy, candidates)) {
    n++;
    text += r.explanation.nl.length + r.explanation.en.length;
    for (const c of r.contributions) text += c.explanation.nl.length + c.explanation.en.length;
  }
  runs.push(performance.now() - start);
  if (n !== count || text === 0) throw new Error("wrong count");
  heap = Math.max(heap, process.memoryUsage().heapUsed);
}
runs.sort((a, b) => a - b);

const cliStart = performance.now();
const cli = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    fileURLToPath(new URL("../src/cli/main.ts", import.meta.url)),
    "screen",
    vacancy,
    file,
    "--format",
    "json",
    "--out",
    "/dev/null",
  ],
  { encoding: "utf8" },
);
const cliMs = performance.now() - cliStart;
if (cli.status !== 0) throw new Error(cli.stderr);

console.log(
  "| candidates | core: score + explain (median of 3) | whole `aware screen` to JSON | heap after |",
);
console.log("|---|---|---|---|");
console.log(
  `| ${count.toLocaleString("en")} | ${(runs[1]! / 1000).toFixed(2)} s | ${(cliMs / 1000).toFixed(2)} s | ${(heap / 2 ** 20).toFixed(0)} MiB |`,
);
