/**
 * One measured run, in its own process: either the whole `aware audit` CLI or a bare DuckDB
 * `GROUP BY CUBE` over the same file. Prints one JSON line {wallMs, maxRssMiB} on stderr; peak memory
 * is the process's own (Node, DuckDB and all), from process.resourceUsage().
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { main } from "../src/cli/main.ts";

const [mode, ...args] = process.argv.slice(2);
const start = performance.now();
if (mode === "cli") {
  const code = await main(args);
  if (code !== 0) throw new Error(`aware exited with ${code}`);
} else if (mode === "bare") {
  const file = args[0] as string;
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  const reader = await connection.runAndReadAll(
    `SELECT gender, ethnicity, age_band, disability, count(*) AS n, count(*) FILTER (WHERE selected = 'yes') AS selected
     FROM read_csv('${file}') GROUP BY CUBE (gender, ethnicity, age_band, disability)`,
  );
  if (reader.currentRowCount === 0) throw new Error("no rows");
} else throw new Error("mode must be cli or bare");
const wallMs = performance.now() - start;
process.stderr.write(`${JSON.stringify({ wallMs, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
