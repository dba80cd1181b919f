/**
 * Page reports: streamed to --report as they finish (constant memory), plus the summary's pieces.
 * The report file is `{"pages": [page or asset report, …], "summary": {…}}`, the summary written last.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { PageReport } from "./types.js";

const SLOWEST = 10;

export class ReportCollector {
  readonly failures: PageReport[] = [];
  /** The SLOWEST slowest pages, kept sorted slowest first. */
  readonly slowest: PageReport[] = [];
  pages = 0;
  /** Failed pages; the other failures are assets. */
  failedPages = 0;
  private stream: WriteStream | null = null;
  private first = true;

  constructor(reportPath: string | null) {
    if (reportPath) {
      this.stream = createWriteStream(reportPath);
      this.stream.write('{"pages": [\n');
    }
  }

  /** Records one page (or asset: `page` false, which counts toward files but not pages). */
  add(report: PageReport, page: boolean): void {
    if (page) this.pages++;
    if (report.error) this.failures.push(report);
    if (report.error && page) this.failedPages++;
    // A refused path has no path and took no time: it is not a "slowest" page.
    if (
      page &&
      report.path &&
      (this.slowest.length < SLOWEST || report.ms > this.slowest[this.slowest.length - 1]!.ms)
    ) {
      this.slowest.push(report);
      this.slowest.sort((a, b) => b.ms - a.ms);
      this.slowest.length = Math.min(this.slowest.length, SLOWEST);
    }
    if (this.stream) {
      this.stream.write((this.first ? "" : ",\n") + JSON.stringify(report));
      this.first = false;
    }
  }

  /** Ends the file with `summary` (an export that stopped short ends it with none: `null`). */
  async close(summary: Record<string, unknown> | null = null): Promise<void> {
    if (!this.stream) return;
    this.stream.end(`\n],\n"summary": ${JSON.stringify(summary)}}\n`);
    await once(this.stream, "finish");
    this.stream = null;
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 ** 2).toFixed(1)} MiB`;
}
