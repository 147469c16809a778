/**
 * Writes a synthetic decision log for the benchmark with DuckDB: `rows` rows, four protected
 * attributes (gender 3 values, ethnicity 6, age band 4, disability 3 — 216 finest cells), an outcome
 * whose rate depends on the attributes, and a score. Deterministic (DuckDB's hash of the row number).
 */
import { existsSync, mkdirSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";

export async function generateDecisionLog(path: string, rows: number): Promise<void> {
  if (existsSync(path)) return;
  mkdirSync(new URL("./data/", import.meta.url), { recursive: true });
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  const h = (salt: number) => `(hash(i * 7919 + ${salt}) % 1000000)::DOUBLE / 1000000`;
  await connection.run(`
    COPY (
      SELECT
        'C' || i AS candidate,
        ['female', 'male', 'other'][1 + CASE WHEN ${h(1)} < 0.49 THEN 0 WHEN ${h(1)} < 0.98 THEN 1 ELSE 2 END] AS gender,
        ['Dutch', 'Turkish', 'Moroccan', 'Surinamese', 'Antillean', 'Other'][1 + CAST(floor(${h(2)} * 6) AS INT)] AS ethnicity,
        ['<30', '30-39', '40-49', '50+'][1 + CAST(floor(${h(3)} * 4) AS INT)] AS age_band,
        ['no', 'yes', ''][1 + CASE WHEN ${h(4)} < 0.85 THEN 0 WHEN ${h(4)} < 0.97 THEN 1 ELSE 2 END] AS disability,
        CASE WHEN ${h(5)} < 0.3 - 0.05 * (${h(2)} > 0.5)::INT THEN 'yes' ELSE 'no' END AS selected,
        round(50 + 30 * ${h(6)}, 1) AS score
      FROM range(${rows}) t(i)
    ) TO '${path}' (FORMAT csv, HEADER true)`);
  connection.closeSync();
}
