import type { Reporter, TestRunEndReason } from "vitest/reporters";
import type { TestModule } from "vitest/node";

/**
 * Ends every run with the plain summary lines CI tools read, in the two layouts they know best — Jest's
 * ("Tests: 1 failed, 2 skipped, 703 passed, 706 total") and then pytest's ("=== 1 failed, 703 passed,
 * 2 skipped in 12.3s ===") — since vitest's own summary is coloured, laid out for people, and not the last
 * line. A file that fails to load, or whose hooks fail, counts as a failure, so a broken suite never
 * reads as green, and a run that executed nothing says "no tests ran".
 */
export default class ClosingLineReporter implements Reporter {
  private startedAt = performance.now();

  onTestRunStart(): void {
    this.startedAt = performance.now();
  }

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
    const seconds = ((performance.now() - this.startedAt) / 1000).toFixed(2);
    const jest = [failed && `${failed} failed`, skipped && `${skipped} skipped`, `${passed} passed`];
    const pytest = [failed && `${failed} failed`, `${passed} passed`, skipped && `${skipped} skipped`];
    const total = passed + failed + skipped;
    const summary = total === 0 ? "no tests ran" : pytest.filter(Boolean).join(", ");
    process.stdout.write(
      `\nTests: ${jest.filter(Boolean).join(", ")}, ${total} total\n` +
        `==================== ${summary} in ${seconds}s ====================\n`,
    );
  }
}
