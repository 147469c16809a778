// Prints the one line CI reads, "N passed, N failed", from vitest's and Playwright's JSON reports. A
// missing or unreadable report counts as a failure; skipped tests count as failed too, so that nothing
// can hide behind a skip.
import { readFileSync } from "node:fs";

const paths = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const path of paths.length > 0 ? paths : ["reports/unit.json"]) {
  try {
    const report = JSON.parse(readFileSync(path, "utf8"));
    if (report.testResults) {
      // vitest (jest-compatible JSON)
      let counted = 0;
      for (const file of report.testResults) {
        if (file.status === "failed" && (file.assertionResults ?? []).length === 0) failed++;
        for (const test of file.assertionResults ?? []) {
          counted++;
          if (test.status === "passed") passed++;
          else failed++;
        }
      }
      if (counted === 0) failed++;
    } else if (report.stats) {
      // Playwright
      passed += report.stats.expected ?? 0;
      failed += (report.stats.unexpected ?? 0) + (report.stats.skipped ?? 0) + (report.stats.flaky ?? 0);
      if ((report.errors ?? []).length > 0 && report.stats.expected === 0) failed++;
    } else {
      throw new Error("unknown report format");
    }
  } catch (error) {
    console.error(`no usable test report at ${path}: ${error.message}`);
    failed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
