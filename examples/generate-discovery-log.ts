/**
 * Writes examples/discovery-log.csv: 10,000 synthetic applicants (invented, seed 2026) in which those
 * with a career gap of a year or more who also work at most 24 hours a week were invited far less
 * often, the case of issue 5. Gender and migration background are included only to validate the groups
 * and for the proxy check. Run: node --import tsx examples/generate-discovery-log.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PLANTINGS, syntheticHiringLog } from "../src/core/discovery/synthetic-log.ts";
import { csvCell } from "../src/core/report/csv-cell.ts";

const log = syntheticHiringLog({
  n: 10_000,
  seed: 2026,
  planted: PLANTINGS.careerGapPartTime,
  withProtected: true,
});
const columns = Object.keys(log.rows[0]!);
const lines = [columns.join(","), ...log.rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))];
writeFileSync(fileURLToPath(new URL("./discovery-log.csv", import.meta.url)), `${lines.join("\n")}\n`);
