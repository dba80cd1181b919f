/**
 * `exportSite`: checks that the output may be replaced (output-guard.ts), boots the server, plans and
 * renders every page into a staging folder, checks links, writes the site's extra files, and swaps the
 * staging folder in only if everything succeeded.
 */
import path from "node:path";
import { existsSync } from "node:fs";
import { findBrowser } from "./browser.js";
import { BrowserPool, DEFAULT_TUNING } from "./render-browser.js";
import { HttpFetcher, type PageFetcher } from "./render-http.js";
import { InProcessFetcher } from "./render-in-process.js";
import { autoRenderThreads, RENDER_THREADS_FROM, ThreadedFetcher } from "./render-threads.js";
import { ThirdPartyCache } from "./third-party.js";
import { checkLinks, SHARD_LINKS_FILE, shardLinksJson, type LinkCheck } from "./link-check.js";
import { StagedOutput, removeStaleStaging } from "./write.js";
import { exportInputs, guardOutput, guardReport } from "./output-guard.js";
import { ReportCollector, formatBytes } from "./report.js";
import { Progress } from "./progress.js";
import { Pipeline } from "./pipeline.js";
import { AdaptiveRouter } from "./adaptive.js";
import { countListed, planPaths, type PlannedPage } from "./plan.js";
import { normaliseExportOptions } from "./options.js";
import { runSetup } from "./setup.js";
import { sitemapXml } from "./sitemap.js";
import { crawlStoppedMessage } from "./crawl-limit.js";
import type {
  BootedServer,
  BrowserTuning,
  ExportDeps,
  ExportEffects,
  ExportOptions,
  ExportResult,
} from "./types.js";

/** The export failed: pages failed (listed in the message and in `result.failures`) or links broke. */
export class ExportFailedError extends Error {
  override name = "ExportFailedError";
  constructor(
    message: string,
    readonly result: ExportResult,
  ) {
    super(message);
  }
}

/** Where the server's 404 page is fetched from: a path no Datasette route answers. */
const NOT_FOUND_PATH = "/-/datasette-export-404";

/**
 * Pages in hand at once when they are rendered in process: each is a round trip away from being done,
 * to the writer thread (file-writer.ts) and, with render threads, to a thread. Measured: 8 left the
 * threads waiting; on a busy 2-core machine 32 left the main thread idle while the writer thread waited
 * for a core. Pages in hand advance together, await by await, so each adds its working set to what
 * young-generation collections must keep: at 128, 5,000 HTML row pages promoted ~59 MB to the old
 * generation, at 64 ~28 MB. Quiet machine, 4 interleaved rounds, 5,000 row pages: HTML 2.28 s (median)
 * at 64 against 2.83 at 128, JSON 1.52 against 1.49.
 */
const IN_PROCESS_IN_FLIGHT = 64;

/** Signals that stop an export: the staging folder is removed and the process ends by the signal. */
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export async function exportSite(options: ExportOptions, deps: ExportDeps): Promise<ExportResult> {
  const opts = normaliseExportOptions(options);
  const effects: ExportEffects = {
    log: deps.effects?.log ?? ((line) => process.stderr.write(line + "\n")),
    progressStream: deps.effects?.progressStream ?? process.stderr,
  };
  const started = Date.now();
  // Browser mode fails before booting anything when no browser can be found; auto mode only when a
  // page needs one (a site without scripts exports without any browser installed).
  let browserPath = opts.render === "browser" && !deps.browser ? findBrowser(opts.browserPath) : null;
  const inputs = exportInputs(opts);
  const guard = () => guardOutput(opts.output, inputs, { replaceOutput: opts.replaceOutput });
  guard();
  if (opts.reportPath) guardReport(opts.reportPath, opts.output, inputs);
  for (const name of removeStaleStaging(opts.output))
    effects.log(`Removed ${name}, left by an export that was killed`);
  const out = await StagedOutput.create(opts.output);
  const onSignal = (signal: NodeJS.Signals) => {
    for (const s of SIGNALS) process.off(s, onSignal);
    // Whatever the clean-up meets, the process still ends by the signal it was sent. Chromium needs no
    // closing: Playwright's own signal handlers are off (browser.ts) and it exits when its pipe closes.
    try {
      out.abortSync();
    } finally {
      process.kill(process.pid, signal);
    }
  };
  for (const s of SIGNALS) process.once(s, onSignal);
  const report = new ReportCollector(opts.reportPath);
  let server: BootedServer | null = null;
  let pool: BrowserPool | null = null;
  let fetcher: PageFetcher | null = null;
  try {
    server = await deps.boot(opts.server);
    const serverStartMs = Date.now() - started;
    const root = new URL(server.url);
    const origin = root.origin;
    const basePath = root.pathname.endsWith("/") ? root.pathname : root.pathname + "/";
    await runSetup(opts, server);

    const workers = Math.max(8, opts.concurrency * 4);
    const tuning = { ...DEFAULT_TUNING, ...deps.tuning };
    // A list of pages has a known length (plus the 404 page), so progress can show an ETA from the start.
    const listed = await countListed(opts, server);
    fetcher = pageFetcher(server, origin, tuning, listed, workers);
    const inFlight = fetcher instanceof HttpFetcher ? workers : Math.max(workers, IN_PROCESS_IN_FLIGHT);
    const thirdParty = new ThirdPartyCache(opts.thirdParty, tuning.thirdPartyTimeoutMs);
    let browserStartMs = 0;
    let poolPromise: Promise<BrowserPool> | null = null;
    const getPool = () =>
      (poolPromise ??= (async () => {
        const t = Date.now();
        browserPath ??= deps.browser ? "" : findBrowser(opts.browserPath);
        pool = new BrowserPool(
          browserPath,
          origin,
          basePath,
          opts.concurrency,
          tuning,
          deps.browser ?? null,
          thirdParty,
        );
        await pool.start();
        browserStartMs = Date.now() - t;
        return pool;
      })());

    const progress = new Progress(opts.progress, effects.progressStream);
    if (listed !== null) progress.setTotal(listed + 1);
    const agreements = deps.tuning?.adaptiveAgreements ?? DEFAULT_TUNING.adaptiveAgreements;
    const adaptive = opts.render === "adaptive" ? new AdaptiveRouter(agreements) : null;
    const pipelineDeps = { opts, origin, basePath, fetcher, pool: getPool, out, report, progress, adaptive };
    const pipeline = new Pipeline(pipelineDeps);
    const renderStarted = Date.now();
    await pipeline.run(withNotFoundPage(planPaths(opts, server, basePath)), inFlight);
    progress.finish();
    if (out.failure) throw out.failure;
    const renderMs = Date.now() - renderStarted;
    if (fetcher instanceof ThreadedFetcher)
      for (const why of fetcher.failures)
        effects.log(`A render thread stopped (${why}); the other threads and the main thread went on.`);

    const writeStarted = Date.now();
    await out.write(".nojekyll", "", ".nojekyll");
    for (const mount of opts.server.staticMounts) {
      if (existsSync(mount.dir)) await out.copyFolder(mount.dir, mount.mount, `static mount ${mount.mount}`);
    }
    if (opts.siteUrl) await out.write("sitemap.xml", sitemapXml(out.ledger.sitemapUrls()), "sitemap");
    let links: LinkCheck = { brokenLinks: [], unexportedVariants: 0 };
    if (opts.checkLinks && opts.shard)
      await out.write(SHARD_LINKS_FILE, shardLinksJson(out.ledger), "links for merge");
    else if (opts.checkLinks) links = checkLinks(out.ledger);
    const { brokenLinks, unexportedVariants } = links;
    const writeMs = Date.now() - writeStarted;

    const result: ExportResult = {
      output: path.resolve(opts.output),
      pages: report.pages,
      files: out.files,
      bytes: out.bytes,
      durationMs: Date.now() - started,
      failures: report.failures,
      failedPages: report.failedPages,
      brokenLinks,
      unexportedVariants,
      crawlStoppedAt: pipeline.hitMaxPages ? opts.maxPages : null,
      slowest: report.slowest,
      timings: { serverStartMs, browserStartMs, renderMs, writeMs },
      reportPath: opts.reportPath,
    };
    const failed = result.failures.length > 0 && !opts.allowErrors;
    const linksFailed = brokenLinks.length > 0 && opts.failOnBrokenLinks;
    const written = !failed && !linksFailed;
    await report.close(reportSummary(result, written));
    for (const line of summary(result, written)) effects.log(line);
    for (const line of thirdPartySummary(thirdParty, tuning.thirdPartyTimeoutMs)) effects.log(line);
    if (adaptive) {
      const { http, browser } = adaptive.summary();
      effects.log(
        `Adaptive: ${http.length} template(s) switched to HTTP after ${agreements} matching renders, ` +
          `${browser.length} kept in the browser (their scripts change the DOM).`,
      );
    }
    if (!written) {
      const lines = failed
        ? result.failures.map((f) => `  ${f.path || "(refused)"} [${f.source}]: ${f.error}`)
        : brokenLinks.map((b) => `  ${b.from} → ${b.href}`);
      const what = failed ? failureCount(result) : `${brokenLinks.length} broken link(s)`;
      throw new ExportFailedError(
        `Export failed: ${what}; ${result.output} was left as it was.\n${lines.join("\n")}`,
        result,
      );
    }
    guard(); // again: the folder may have changed during the export
    await out.commit();
    return result;
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
    await report.close().catch(() => undefined);
    await out.abort();
    await (pool as BrowserPool | null)?.close();
    await (fetcher as PageFetcher | null)?.close();
    await server?.close();
  }
}

/**
 * How pages that need no browser are fetched: over HTTP when asked (tuning.transport), else through the
 * app's handler in this thread, joined by render threads (render-threads.ts) when the server allows them
 * and the export is large enough to pay for their start-up: at once for a list of RENDER_THREADS_FROM
 * pages or more, after that many pages for a crawl.
 */
function pageFetcher(
  server: BootedServer,
  origin: string,
  tuning: BrowserTuning,
  listed: number | null,
  httpSockets: number,
): PageFetcher {
  if (!server.handler || tuning.transport !== "in-process") return new HttpFetcher(origin, httpSockets);
  const local = new InProcessFetcher(server.handler, origin);
  const auto = tuning.renderThreads === "auto";
  const count = tuning.renderThreads === "auto" ? autoRenderThreads() : tuning.renderThreads;
  if (!server.threadConfig || count <= 0) return local;
  if (auto && listed !== null && listed < RENDER_THREADS_FROM) return local;
  const startAfter = auto && listed === null ? RENDER_THREADS_FROM : 0;
  return new ThreadedFetcher(local, { config: server.threadConfig, origin }, count, startAfter);
}

/** The planned pages, then the server's 404 page written as 404.html for static hosts. */
async function* withNotFoundPage(planned: AsyncGenerator<PlannedPage>): AsyncGenerator<PlannedPage> {
  yield* planned;
  yield {
    path: NOT_FOUND_PATH,
    label: "404 page",
    source: "404 page",
    rules: { waitFor: null, timeoutMs: null, expectStatus: 404, output: "404.html" },
    always: true,
  };
}

/** What browser-rendered pages were refused from other origins, and which origins never answered. */
function thirdPartySummary(cache: ThirdPartyCache, timeoutMs: number): string[] {
  const lines: string[] = [];
  if (cache.failed.size)
    lines.push(
      `Other origins that failed or gave no answer within ${timeoutMs} ms, refused for the rest of the ` +
        `export: ${[...cache.failed].join(", ")}`,
    );
  if (cache.refused)
    lines.push(
      `${cache.refused} request(s) to other origins refused by --third-party ${cache.rule} ` +
        `(e.g. ${cache.refusedExamples.join(", ")})`,
    );
  return lines;
}

/** "2 of 40 pages and 1 asset failed" */
function failureCount(r: ExportResult): string {
  const assets = r.failures.length - r.failedPages;
  const parts = [];
  if (r.failedPages) parts.push(`${r.failedPages} of ${r.pages} page(s)`);
  if (assets) parts.push(`${assets} asset(s)`);
  return `${parts.join(" and ")} failed`;
}

/** The summary lines; the first says whether anything was written. */
function summary(r: ExportResult, written: boolean): string[] {
  const secs = r.durationMs / 1000;
  const rate = `${(r.pages / Math.max(secs, 0.001)).toFixed(1)} pages/s`;
  const lines = [
    written
      ? `Exported ${r.pages} pages, ${r.files} files, ${formatBytes(r.bytes)} in ${secs.toFixed(1)} s (${rate}) to ${r.output}`
      : `Rendered ${r.pages} pages in ${secs.toFixed(1)} s (${rate}); nothing was written`,
  ];
  if (r.failures.length) lines.push(failureCount(r) + (written ? " (allowed by --allow-errors)" : ""));
  if (r.brokenLinks.length) {
    lines.push(`${r.brokenLinks.length} broken link(s), e.g.:`);
    for (const b of r.brokenLinks.slice(0, 10)) lines.push(`  ${b.from} → ${b.href}`);
  }
  if (r.unexportedVariants)
    lines.push(
      `${r.unexportedVariants} link(s) to sort, filter, SQL or .json/.csv variants of pages were left ` +
        "out (a crawl follows plain paths and pagination; add more with --include or --path)",
    );
  if (r.slowest.length)
    lines.push(
      `Slowest: ${r.slowest
        .slice(0, 3)
        .map((p) => `${p.path} ${p.ms} ms`)
        .join(", ")}`,
    );
  if (r.crawlStoppedAt !== null) lines.push(crawlStoppedMessage(r.crawlStoppedAt));
  return lines;
}

/** The report's closing summary: the same counts the summary lines give. */
function reportSummary(r: ExportResult, written: boolean): Record<string, unknown> {
  return {
    written,
    output: r.output,
    pages: r.pages,
    files: r.files,
    bytes: r.bytes,
    failedPages: r.failedPages,
    failedAssets: r.failures.length - r.failedPages,
    brokenLinks: r.brokenLinks.length,
    unexportedVariants: r.unexportedVariants,
    crawlStoppedAtMaxPages: r.crawlStoppedAt,
    ...(r.crawlStoppedAt !== null ? { warning: crawlStoppedMessage(r.crawlStoppedAt) } : {}),
  };
}
