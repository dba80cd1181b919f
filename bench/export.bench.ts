/**
 * Exporter speed and memory on the real server (bench/export-site.ts), each row beside its baseline
 * in the same run:
 *  - rows and large (bench/export-rows.ts): plain row pages as HTML and JSON, each export in a fresh
 *    process (start-up included), `--render http` over HTTP vs our defaults, interleaved rounds; with
 *    `--large` (`npm run bench -- export --large`), 25,000 to 100,000 pages: time and peak RSS;
 *  - browser: row pages whose script writes into the DOM on load. The plain loop (goto + content() +
 *    write, browser start-up included) on full Chromium and on the headless shell vs our export (its
 *    browser start-up included) on each; `render: "adaptive"` on those pages (it must stay in the
 *    browser); concurrency 2;
 *  - quiet: adaptive on row pages whose script changes nothing until clicked (it may switch to HTTP)
 *    beside `render: "browser"`;
 *  - memory: peak RSS of Node plus every Chromium process, by pages exported in the browser.
 * Sizes: EXPORT_BENCH_BROWSER_PAGES (default 200), EXPORT_BENCH_QUIET (default 5,000),
 * EXPORT_BENCH_MEMORY_PAGES (default "500") plus EXPORT_BENCH_PAGES_BIG (e.g. 20000); the rows sizes
 * are in bench/export-rows.ts. A section whose size is 0 is skipped. "CPU ms/page" (Node plus reaped
 * Chromium processes) is the steadier figure on a busy shared machine.
 */
import os from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, mkdir } from "node:fs/promises";
import { printTable } from "./table.js";
import { cpuSeconds, peakRss, plainLoop } from "./export-measure.js";
import { largeBench, rowsBench } from "./export-rows.js";
import { createBenchSite, rowPaths } from "./export-site.js";
import { exportSite } from "../src/export/export.js";
import { normaliseExportOptions } from "../src/export/options.js";
import type { BrowserTuning, ExportOptions, ExportResult } from "../src/export/types.js";

const count = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const BROWSER_PAGES = count("EXPORT_BENCH_BROWSER_PAGES", 200);
const ROWS = count("EXPORT_BENCH_QUIET", 5_000);
const MEMORY_PAGES = (process.env.EXPORT_BENCH_MEMORY_PAGES ?? "500")
  .split(",")
  .map(Number)
  .concat(process.env.EXPORT_BENCH_PAGES_BIG ? [Number(process.env.EXPORT_BENCH_PAGES_BIG)] : [])
  .filter((n) => n > 0);
const FULL = "/usr/bin/chromium";
const SHELL = "/usr/bin/chromium-headless-shell";
const CONCURRENCY = 2;

export default async function bench(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "export-bench-"));
  try {
    await rowsBench(work);
    if (process.argv.includes("--large")) await largeBench(work);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
  if (!(ROWS > 0 || BROWSER_PAGES > 0 || MEMORY_PAGES.length)) {
    await rm(work, { recursive: true, force: true });
    return;
  }
  const site = await createBenchSite(work, Math.max(ROWS, BROWSER_PAGES, ...MEMORY_PAGES));
  // Every export reuses the one warm server, as the plain loops do, so rows differ only in rendering.
  const booted = { ...site.server, close: async () => undefined };
  let n = 0;
  const ours = async (
    paths: string[],
    extra: Partial<ExportOptions>,
    tuning: Partial<BrowserTuning> = {},
  ): Promise<ExportResult> => {
    const output = path.join(work, `out-${n++}`);
    const opts = normaliseExportOptions({
      server: site.config,
      output,
      paths,
      progress: "none",
      checkLinks: false,
      concurrency: CONCURRENCY,
      reportPath: path.join(work, `report-${n}.json`),
      ...extra,
    });
    const result = await exportSite(opts, {
      boot: async () => booted,
      effects: { log: () => undefined },
      tuning,
    });
    await rm(output, { recursive: true, force: true });
    return result;
  };
  const url = (p: string) => site.server.url + p.slice(1);

  let lastCpu = 0;
  const time = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    const c = cpuSeconds();
    await fn();
    lastCpu = cpuSeconds() - c;
    return (performance.now() - t) / 1000;
  };
  const rows: Record<string, string | number>[] = [];
  const row = (what: string, pages: number, secs: number, baseline: number | null, note = "") =>
    rows.push({
      what,
      pages,
      s: secs,
      "pages/s": pages / secs,
      "× baseline": baseline ? pages / secs / baseline : 1,
      "CPU ms/page": (lastCpu * 1000) / pages,
      note,
    });
  /** How many pages of an export went to the browser, from its report. */
  const browserShare = (r: ExportResult) => {
    const report = (
      JSON.parse(readFileSync(r.reportPath!, "utf8")) as {
        pages: { renderer: string; file: string | null }[];
      }
    ).pages;
    const pages = report.filter((p) => p.file?.endsWith(".html") && p.file !== "404.html");
    return `${pages.filter((p) => p.renderer === "browser").length}/${pages.length} pages in the browser`;
  };

  try {
    if (BROWSER_PAGES > 0) {
      const live = rowPaths("live", BROWSER_PAGES);
      const dir = async (name: string) => {
        const d = path.join(work, name);
        await mkdir(d);
        return d;
      };
      const d0 = await dir("plain-full");
      const baseSecs = await time(() => plainLoop(FULL, live.map(url), d0, CONCURRENCY));
      const base = BROWSER_PAGES / baseSecs;
      row("plain goto loop, full chromium (baseline)", BROWSER_PAGES, baseSecs, base, "live rows");
      const d1 = await dir("plain-shell");
      row(
        "plain goto loop, headless shell",
        BROWSER_PAGES,
        await time(() => plainLoop(SHELL, live.map(url), d1, CONCURRENCY)),
        base,
      );
      const browserRow = async (
        what: string,
        browserPath: string,
        tuning: Partial<BrowserTuning>,
        note = "",
      ) =>
        row(
          what,
          BROWSER_PAGES,
          await time(() => ours(live, { render: "browser", browserPath }, tuning)),
          base,
          note,
        );
      await browserRow("export default (iframe + block), full chromium", FULL, {});
      await browserRow("export default (iframe + block), headless shell", SHELL, {}, "our default");
      let adaptive: ExportResult | null = null;
      row(
        "export adaptive, live rows",
        BROWSER_PAGES,
        await time(async () => (adaptive = await ours(live, { render: "adaptive", browserPath: SHELL }))),
        base,
        browserShare(adaptive!),
      );
    }
    if (ROWS > 0) {
      const quiet = rowPaths("quiet", ROWS);
      const quietSample = quiet.slice(0, Math.min(ROWS, Math.max(BROWSER_PAGES, 60)));
      const browserSecs = await time(() => ours(quietSample, { render: "browser", browserPath: SHELL }));
      const base = quietSample.length / browserSecs;
      row(
        "export browser, quiet rows (baseline)",
        quietSample.length,
        browserSecs,
        base,
        "script changes nothing on load",
      );
      let adaptive: ExportResult | null = null;
      row(
        "export adaptive, quiet rows",
        ROWS,
        await time(async () => (adaptive = await ours(quiet, { render: "adaptive", browserPath: SHELL }))),
        base,
        browserShare(adaptive!),
      );
    }
    printTable(rows);

    // --- memory: peak RSS of Node + Chromium, by pages exported
    const mem: Record<string, string | number>[] = [];
    for (const pages of MEMORY_PAGES) {
      const t = performance.now();
      const { peakMiB } = await peakRss(() =>
        ours(rowPaths("live", pages), { render: "browser", browserPath: SHELL }),
      );
      const secs = (performance.now() - t) / 1000;
      mem.push({
        what: "export default, headless shell, live rows",
        pages,
        "peak RSS MiB": peakMiB,
        "pages/s": pages / secs,
        "× first": peakMiB / Number(mem[0]?.["peak RSS MiB"] ?? peakMiB),
      });
      // Printed as it goes: the big row can take many minutes.
      console.log(
        `memory: ${pages} pages, peak ${peakMiB.toFixed(0)} MiB, ${(pages / secs).toFixed(2)} pages/s`,
      );
    }
    console.log("");
    printTable(mem);
  } finally {
    await site.server.close();
    await rm(work, { recursive: true, force: true });
  }
}
