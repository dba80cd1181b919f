/**
 * Exporter speed and memory, each row beside its baseline in the same run:
 *  - browser: the plain loop (goto + content() + write on full chromium) vs our export, same pages and
 *    concurrency, then one technique at a time (headless shell, asset blocking, iframes, concurrency);
 *  - http: a bare fetch loop vs `render: "http"`;
 *  - memory: peak RSS of Node plus every Chromium process, at 200 and 2,000 pages (add 20,000 with
 *    EXPORT_BENCH_PAGES_BIG=20000; add the same without page recycling with EXPORT_BENCH_NO_RECYCLE=1).
 * EXPORT_BENCH_BROWSER_PAGES (default 60) sizes the browser rows, EXPORT_BENCH_MEMORY_PAGES (default
 * "200,2000") the memory rows; ~3 minutes on an idle 2-core machine. "CPU ms/page" (Node plus reaped
 * Chromium processes) is the steadier figure on a busy shared machine.
 */
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { readFileSync, readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import { printTable } from "./table.js";
import { exportSite } from "../src/export/export.js";
import { normaliseExportOptions } from "../src/export/options.js";
import { CHROMIUM_ARGS } from "../src/export/browser.js";
import { DEFAULT_TUNING } from "../src/export/render-browser.js";
import type { BootedServer, BrowserTuning, ExportOptions } from "../src/export/types.js";
import { DEFAULT_SETTINGS } from "../src/config/settings.js";
import type { Config } from "../src/config/config.js";

const BROWSER_PAGES = Number(process.env.EXPORT_BENCH_BROWSER_PAGES ?? 60);
const HTTP_PAGES = 2_000;
const MEMORY_PAGES = (process.env.EXPORT_BENCH_MEMORY_PAGES ?? "200,2000")
  .split(",")
  .map(Number)
  .concat(process.env.EXPORT_BENCH_PAGES_BIG ? [Number(process.env.EXPORT_BENCH_PAGES_BIG)] : []);
const FULL = "/usr/bin/chromium";
const SHELL = "/usr/bin/chromium-headless-shell";
const BASE = "/repo/";

/** A Datasette-like row page, ~5 KB: a stylesheet, a script file, an image, and an inline script using
 * top-level let/const that changes the DOM on load (like a countdown banner). */
function rowPage(n: number, script: boolean): string {
  const cells = Array.from(
    { length: 24 },
    (_, i) => `<tr><td>col_${i}</td><td>value ${n * 31 + i} for row ${n}</td></tr>`,
  );
  const js = script
    ? `<script src="${BASE}-/static/app.js"></script><script>let row = ${n}; const label = "days left";
window.addEventListener("load", () => { document.getElementById("banner").textContent = "Row " + row + ": " + (row % 7) + " " + label; });</script>`
    : "";
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>row ${n}</title>
<link rel="stylesheet" href="${BASE}-/static/app.css"></head><body>
<header><a href="${BASE}">home</a> / <a href="${BASE}db">db</a> / <a href="${BASE}db/rows">rows</a></header>
<p id="banner">…</p><img src="${BASE}-/static/logo.png" alt="logo" width="16" height="16">
<h1>Row ${n}</h1><table>${cells.join("\n")}</table>
<p><a href="${BASE}db/rows/${n + 1}">next row</a> <a href="${BASE}db/rows.json?_next=${n}">json</a></p>
<footer>Powered by datasette-export. ${"Lorem ipsum dolor sit amet. ".repeat(40)}</footer>
${js}</body></html>`;
}

const PNG = Buffer.alloc(2048, 7);

async function startServer(): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer((req, res) => {
    const p = new URL(req.url!, "http://x").pathname.slice(BASE.length - 1);
    const send = (type: string, body: string | Buffer, status = 200) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    let m: RegExpExecArray | null;
    if ((m = /^\/db\/(rows|plain)\/(\d+)$/.exec(p)))
      send("text/html; charset=utf-8", rowPage(Number(m[2]), m[1] === "rows"));
    else if ((m = /^\/db\/rows\/(\d+)\.json$/.exec(p)))
      send("application/json", JSON.stringify({ row: Number(m[1]), cells: 24 }));
    else if (p === "/-/static/app.css") send("text/css", "body{font:14px sans-serif} td{padding:2px}");
    else if (p === "/-/static/app.js") send("text/javascript", "window.appLoaded = true;");
    else if (p === "/-/static/logo.png") send("image/png", PNG);
    else send("text/html", "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>", 404);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`, server };
}

/** RSS in KiB of this process plus every descendant (Chromium's browser, GPU, renderer processes). */
function treeRssKiB(): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [process.pid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * CPU seconds used so far by this process and its reaped children (Chromium and the processes it
 * reaped): a figure a busy shared machine distorts far less than wall-clock time.
 */
function cpuSeconds(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  // Fields 14-17 of stat (utime, stime, cutime, cstime), counted from the state field as 3.
  return fields.slice(11, 15).reduce((a, b) => a + Number(b), 0) / 100;
}

/** Samples tree RSS every 250 ms while `work` runs; returns the peak in MiB. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMiB: number }> {
  let peak = treeRssKiB();
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB())), 250);
  try {
    const value = await work();
    peak = Math.max(peak, treeRssKiB());
    return { value, peakMiB: peak / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** The baseline: the obvious Playwright loop, `concurrency` pages each doing goto + content() + write. */
async function plainLoop(
  executablePath: string,
  urls: string[],
  dir: string,
  concurrency: number,
): Promise<void> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, "--no-sandbox"],
  });
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, w) => {
        const page = await (await browser.newContext()).newPage();
        for (let i = next++; i < urls.length; i = next++) {
          await page.goto(urls[i]!, { waitUntil: "load" });
          await writeFile(path.join(dir, `${w}-${i}.html`), await page.content());
        }
      }),
    );
  } finally {
    await browser.close();
  }
}

async function bareFetchLoop(urls: string[], dir: string, concurrency: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < urls.length; i = next++) {
        const res = await fetch(urls[i]!);
        await writeFile(path.join(dir, `${i}.html`), Buffer.from(await res.arrayBuffer()));
      }
    }),
  );
}

export default async function bench(): Promise<void> {
  const { url, server } = await startServer();
  const work = await mkdtemp(path.join(os.tmpdir(), "export-bench-"));
  const cores = os.availableParallelism();
  const booted: BootedServer = {
    url,
    runSql: async () => {
      throw new Error("not used");
    },
    request: async () => ({ status: 404, body: "" }),
    close: async () => undefined,
  };
  const config = { settings: { ...DEFAULT_SETTINGS, base_url: BASE }, staticMounts: [] } as unknown as Config;
  let n = 0;
  const ours = async (
    paths: string[],
    extra: Partial<ExportOptions>,
    tuning: Partial<BrowserTuning> = {},
  ) => {
    const opts = normaliseExportOptions({
      server: config,
      output: path.join(work, `out-${n++}`),
      paths,
      progress: "none",
      checkLinks: false,
      ...extra,
    });
    return exportSite(opts, { boot: async () => booted, effects: { log: () => undefined }, tuning });
  };
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

  try {
    // --- browser: baseline and techniques, same pages, concurrency 2 unless the row says otherwise
    const browserPaths = Array.from({ length: BROWSER_PAGES }, (_, i) => `/db/rows/${i + 1}`);
    const urls = browserPaths.map((p) => url + p.slice(1));
    const conc = 2;
    const d0 = path.join(work, "plain-full");
    await mkdir(d0);
    const baseSecs = await time(() => plainLoop(FULL, urls, d0, conc));
    const base = BROWSER_PAGES / baseSecs;
    row("plain goto loop, full chromium (baseline)", BROWSER_PAGES, baseSecs, base, `concurrency ${conc}`);
    const d1 = path.join(work, "plain-shell");
    await mkdir(d1);
    row(
      "plain goto loop, headless shell",
      BROWSER_PAGES,
      await time(() => plainLoop(SHELL, urls, d1, conc)),
      base,
    );
    const browserRow = async (
      what: string,
      extra: Partial<ExportOptions>,
      tuning: Partial<BrowserTuning>,
      note = "",
    ) =>
      row(
        what,
        BROWSER_PAGES,
        await time(() => ours(browserPaths, { render: "browser", concurrency: conc, ...extra }, tuning)),
        base,
        note,
      );
    await browserRow(
      "export goto, headless shell",
      { browserPath: SHELL },
      { technique: "goto", blockAssets: false },
    );
    await browserRow(
      "export goto + block images/fonts",
      { browserPath: SHELL },
      { technique: "goto", blockAssets: true },
    );
    await browserRow("export iframe", { browserPath: SHELL }, { technique: "iframe", blockAssets: false });
    await browserRow("export default (iframe + block)", { browserPath: SHELL }, {}, "our default");
    await browserRow("export default, concurrency 1", { browserPath: SHELL, concurrency: 1 }, {});
    await browserRow(
      "export default, concurrency 4",
      { browserPath: SHELL, concurrency: 4 },
      {},
      `${cores} cores`,
    );

    // --- http: a bare fetch loop vs render "http", 2,000 pages without scripts
    const httpPaths = Array.from({ length: HTTP_PAGES }, (_, i) => `/db/plain/${i + 1}`);
    const d2 = path.join(work, "fetch");
    await mkdir(d2);
    const fetchSecs = await time(() =>
      bareFetchLoop(
        httpPaths.map((p) => url + p.slice(1)),
        d2,
        8,
      ),
    );
    row("bare fetch loop (baseline)", HTTP_PAGES, fetchSecs, HTTP_PAGES / fetchSecs, "8 in flight");
    row(
      "export render http",
      HTTP_PAGES,
      await time(() => ours(httpPaths, { render: "http" })),
      HTTP_PAGES / fetchSecs,
    );
    row(
      "export render auto (no scripts)",
      HTTP_PAGES,
      await time(() => ours(httpPaths, { render: "auto" })),
      HTTP_PAGES / fetchSecs,
    );
    printTable(rows);

    // --- memory: peak RSS of Node + Chromium, by pages exported
    console.log("");
    const mem: Record<string, string | number>[] = [];
    const recycling = [
      DEFAULT_TUNING.recycleEvery,
      ...(process.env.EXPORT_BENCH_NO_RECYCLE ? [Infinity] : []),
    ];
    for (const [recycleEvery, pages] of recycling.flatMap((r) => MEMORY_PAGES.map((p) => [r, p] as const))) {
      const paths = Array.from({ length: pages }, (_, i) => `/db/rows/${(i % 5000) + 1}?v=${i}`);
      const t = performance.now();
      const opts = { render: "browser" as const, browserPath: SHELL, concurrency: conc };
      const { peakMiB } = await peakRss(() => ours(paths, opts, { recycleEvery }));
      const secs = (performance.now() - t) / 1000;
      mem.push({
        what: `export default, recycle every ${recycleEvery} pages`,
        pages,
        "peak RSS MiB": peakMiB,
        "pages/s": pages / secs,
        "× first": peakMiB / Number(mem[0]?.["peak RSS MiB"] ?? peakMiB),
      });
      await rm(path.join(work, `out-${n - 1}`), { recursive: true, force: true });
    }
    printTable(mem);
  } finally {
    server.closeAllConnections();
    server.close();
    await rm(work, { recursive: true, force: true });
  }
}
