// Prints the one line CI reads, "N passed, N failed", from vitest's JSON report. A missing or
// unreadable report counts as a failure; skipped or todo tests count as failed too, so that nothing
// can hide behind a skip.
import { readFileSync } from "node:fs";

const path = process.argv[2] ?? "reports/unit.json";
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(path, "utf8"));
  for (const file of report.testResults ?? []) {
    if (file.status === "failed" && (file.assertionResults ?? []).length === 0) failed++;
    for (const test of file.assertionResults ?? []) {
      if (test.status === "passed") passed++;
      else failed++;
    }
  }
  if (report.numFailedTestSuites > 0 && failed === 0) failed = report.numFailedTestSuites;
} catch (error) {
  console.error(`no test report at ${path}: ${error.message}`);
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
