/**
 * Benchmark (not a test): the whole `aware audit` CLI against a bare DuckDB GROUP BY CUBE over the same
 * CSV, at 1M and 10M rows with four protected attributes and all 15 grouping sets. Each measurement is
 * a fresh process; the median of three runs is reported. Run: npm run bench [-- 1000000 10000000]
 */
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateDecisionLog } from "./generate-decision-log.ts";

const sizes = process.argv.slice(2).map(Number);
const rowsList = sizes.length > 0 ? sizes : [1_000_000, 10_000_000];
const runs = 3;

/** Wall time of the whole process as the user waits for it (start-up included), and its peak memory. */
function measure(args: string[]): { wallMs: number; maxRssMiB: number; innerMs: number } {
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("./measured.ts", import.meta.url)), ...args],
    {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    },
  );
  if (r.status !== 0) throw new Error(`measurement failed: ${r.stderr}`);
  const wallMs = performance.now() - started;
  const inner = JSON.parse(r.stderr.trim().split("\n").at(-1) as string) as {
    wallMs: number;
    maxRssMiB: number;
  };
  return { wallMs, maxRssMiB: inner.maxRssMiB, innerMs: inner.wallMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

console.log(
  "| rows | file | bare DuckDB CUBE | aware audit | ratio | ratio without start-up | aware audit + score | peak memory (audit / +score / bare) |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const rows of rowsList) {
  const file = fileURLToPath(new URL(`./data/decisions-${rows}.csv`, import.meta.url));
  await generateDecisionLog(file, rows);
  const common = [
    "cli",
    "audit",
    file,
    "--outcome",
    "selected",
    "--protected",
    "gender,ethnicity,age_band,disability",
    "--intersections",
    "all",
    "--format",
    "json",
    "--out",
    "/dev/null",
    "--quiet",
  ];
  const bare = Array.from({ length: runs }, () => measure(["bare", file]));
  const cli = Array.from({ length: runs }, () => measure(common));
  const scored = Array.from({ length: runs }, () => measure([...common, "--score", "score"]));
  const t = (xs: { wallMs: number }[]) => median(xs.map((x) => x.wallMs)) / 1000;
  const inner = (xs: { innerMs: number }[]) => median(xs.map((x) => x.innerMs)) / 1000;
  const m = (xs: { maxRssMiB: number }[]) => Math.max(...xs.map((x) => x.maxRssMiB));
  console.log(
    `| ${rows.toLocaleString("en")} | ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB | ${t(bare).toFixed(2)} s | ${t(cli).toFixed(2)} s | ${(t(cli) / t(bare)).toFixed(2)}× | ${(inner(cli) / inner(bare)).toFixed(2)}× | ${t(scored).toFixed(2)} s | ${m(cli).toFixed(0)} / ${m(scored).toFixed(0)} / ${m(bare).toFixed(0)} MiB |`,
  );
}
