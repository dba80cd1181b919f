import type { Reporter, TestRunEndReason } from "vitest/reporters";
import type { TestModule } from "vitest/node";

/**
 * Ends every run with the plain line CI tools read ("Tests: 706 passed, 0 failed, 2 skipped"): vitest's
 * own summary is coloured and laid out for people. A file that fails to load, or whose hooks fail, counts
 * as a failure, so a broken suite never reads as green.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
    _reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failedTests++;
        else skipped++;
      }
      // A file that failed to load, or whose hooks failed, with no failing test to show for it.
      failed += failedTests || (module.state() === "failed" ? 1 : 0);
    }
    process.stdout.write(
      `\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`,
    );
  }
}
