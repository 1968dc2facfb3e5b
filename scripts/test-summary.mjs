// Prints "N passed, N failed[, N skipped]" from vitest's JSON report, so that a run which
// executed no test is visible as such. Exits 1 when the report is missing or shows failures.
import fs from "node:fs";

const reportPath = process.argv[2] ?? "test-results/vitest.json";
if (!fs.existsSync(reportPath)) {
  console.log("0 passed, 0 failed");
  console.error(`no test report at ${reportPath}: the tests did not run`);
  process.exit(1);
}
const report = JSON.parse(fs.readFileSync(reportPath, "utf8"));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && report.numPassedTests > 0 ? 0 : 1);
