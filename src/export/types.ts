import type { Config } from "../config/config.js";

export type RenderMode = "auto" | "browser" | "http" | "adaptive";
export type WaitUntil = "load" | "domcontentloaded" | "networkidle";

/** Every option of `datasette-export export`; defaults are applied by `normaliseExportOptions`. */
export interface ExportOptions {
  /** The server to boot in-process (all `serve` options). */
  server: Config;
  paths: string[];
  /** SQL queries whose rows' first column is a path; extra columns wait_for, timeout, expect_status, output. */
  sql: string[];
  /** Database the SQL runs against: default the first database, or `_memory` with crossdb. */
  sqlDatabase: string | null;
  pathsFile: string | null;
  /** Follow links from the pages exported. With no paths, SQL or paths file the export crawls from `/`. */
  crawl: boolean;
  /** Pages a crawl may add, default 10,000; listed pages (paths, SQL, paths file) are never dropped. */
  maxPages: number;
  include: string[];
  exclude: string[];
  /** `.json` write-API request lists or `.sql` files, run before rendering. */
  setup: string[];
  setupDatabase: string | null;
  output: string;
  /**
   * `--replace-output`: the output may replace a folder this tool did not write (never one holding an
   * input: output-guard.ts). Default false.
   */
  replaceOutput: boolean;
  /**
   * Files and folders the site is read from beyond what `server` lists (the configuration directory, the
   * metadata file): the output may never replace them nor a folder holding them. Default none.
   */
  sources: string[];
  /** Site URL for sitemap.xml, e.g. https://owner.github.io/repo/ */
  siteUrl: string | null;
  trailingSlash: boolean;
  /**
   * false (default): links, assets, stylesheets' url()s and forms' actions are written relative to their
   * page, so the same files work opened from disk, served at "/" and under any base path. true (what
   * --base-url and the action ask for): root-absolute under the server's base_url, as a 404.html served
   * at any depth needs.
   */
  absoluteLinks: boolean;
  render: RenderMode;
  /** Default chosen by measurement. */
  concurrency: number;
  waitUntil: WaitUntil;
  waitFor: string | null;
  /** Per-page timeout in ms, default 30,000. */
  timeoutMs: number;
  stripScripts: boolean;
  /** What browser-rendered pages may load from other origins: "scripts" (default), "none" or "all" (src/export/third-party.ts). */
  thirdParty: import("./third-party.js").ThirdPartyRule;
  allowErrors: boolean;
  checkLinks: boolean;
  failOnBrokenLinks: boolean;
  reportPath: string | null;
  /** `--shard i/n`, 1-based. */
  shard: { index: number; total: number } | null;
  /** Explicit browser executable (also DATASETTE_EXPORT_BROWSER). */
  browserPath: string | null;
  /** Progress output: "auto" picks a bar on a TTY, lines otherwise. */
  progress: "auto" | "bar" | "lines" | "none";
}

export interface PageReport {
  path: string;
  file: string | null;
  status: number;
  bytes: number;
  ms: number;
  renderer: "browser" | "http";
  retries: number;
  consoleErrors: string[];
  /** Where the path came from: "--path", "crawl", or the SQL query and row. */
  source: string;
  error?: string;
}

export interface ExportResult {
  output: string;
  pages: number;
  files: number;
  bytes: number;
  durationMs: number;
  /** Failed pages and assets. */
  failures: PageReport[];
  /** How many of `failures` are pages (the rest are assets). */
  failedPages: number;
  /** Links to plain paths that were not exported. */
  brokenLinks: { from: string; href: string }[];
  /**
   * Links to query-string (`@…`) and `.json`/`.csv` variants of pages that were not exported: left out
   * on purpose (a crawl follows plain paths and pagination only), counted apart from broken links.
   */
  unexportedVariants: number;
  /** `maxPages` when a crawl stopped at it (the pages it found beyond were not exported), else null. */
  crawlStoppedAt: number | null;
  slowest: PageReport[];
  timings: { serverStartMs: number; browserStartMs: number; renderMs: number; writeMs: number };
  reportPath: string | null;
}

/** Rows of one SQL query: column names first, then the rows streamed as arrays. */
export interface SqlRows {
  columns: string[];
  rows: AsyncIterable<unknown[]>;
}

/**
 * The in-process server as the exporter sees it. The exporter reaches it only over HTTP plus these
 * functions, so it holds no SQL the server should answer.
 */
export interface BootedServer {
  /** Origin plus base_url, ending in "/": http://127.0.0.1:41234/repo/ */
  url: string;
  /** Runs a read-only query; rejects with SQLite's message (an SqlError) on bad SQL. */
  runSql(sql: string, database: string | null): Promise<SqlRows>;
  /** Runs a write statement for `--setup x.sql` (optional: without it .sql setup files are refused). */
  execSql?(sql: string, database: string | null): Promise<void>;
  /** An HTTP request as the root actor, for `--setup x.json` write-API requests; `path` is below base_url. */
  request(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<{
    status: number;
    body: string;
  }>;
  /**
   * The server's own request handler (Koa's `app.callback()`): when present, pages and files that need
   * no browser are fetched by calling it in process (src/export/render-in-process.ts) instead of over HTTP.
   */
  handler?: import("./render-in-process.js").RequestHandler;
  /**
   * The configuration render threads boot the same app from (render-threads.ts), or null/absent when a
   * thread's app could answer differently (in-memory content, a plugin's startup hook): then every page
   * is rendered in this thread.
   */
  threadConfig?: import("../config/config.js").Config | null;
  close(): Promise<void>;
}

/** Side effects of an export, swappable in tests (Observable Framework's effects object). */
export interface ExportEffects {
  /** One log line (summary, warnings); default stderr. */
  log(line: string): void;
  /** Where progress bars/lines go; default process.stderr. */
  progressStream: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
}

/** Rendering technique knobs; the defaults are what measured fastest (bench/export.bench.ts). */
export interface BrowserTuning {
  /** "iframe" renders several pages per top-level navigation; "goto" navigates per page. */
  technique: "iframe" | "goto";
  /** Close and reopen each page (and its context) after this many renders, keeping memory flat. */
  recycleEvery: number;
  /** Block images, fonts and media in the browser; they are fetched over HTTP as assets instead. */
  blockAssets: boolean;
  /** `render: "adaptive"`: agreeing browser renders of one template before its other pages go over HTTP. */
  adaptiveAgreements: number;
  /** How pages that need no browser are fetched: "in-process" (when the server offers a handler) or "http". */
  transport: "in-process" | "http";
  /**
   * Worker threads rendering in-process pages beside the main thread (render-threads.ts): "auto" starts
   * one per core but one when the export lists at least RENDER_THREADS_FROM pages (a crawl: once it has
   * asked for that many) and the server allows threads (BootedServer.threadConfig); a number forces that
   * many at once (0: none).
   */
  renderThreads: number | "auto";
  /** Time limit of one third-party fetch (src/export/third-party.ts), paid at most once per URL per export. */
  thirdPartyTimeoutMs: number;
}

export interface ExportDeps {
  boot(config: ExportOptions["server"]): Promise<BootedServer>;
  /** An already-launched Chromium to render with (left open); default: launch one per export. */
  browser?: import("playwright-core").Browser;
  effects?: Partial<ExportEffects>;
  tuning?: Partial<BrowserTuning>;
}
