/**
 * Scripts from other origins: a page whose only scripts are another origin's (an analytics tag) is
 * written as the server sent it, without a browser; a page whose own script needs a CDN library renders
 * as a visitor sees it, the library fetched once per export; analytics never hears of the export; an
 * origin that never answers costs its time limit once and fails nothing. The CDN is a second loopback
 * server; the site is a small Koa app offering its handler for in-process fetches, as the real one does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import Koa from "koa";
import type { Browser } from "playwright-core";
import { exportSite } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";
import { needsBrowser } from "../../src/export/render-http.js";
import { ThirdPartyCache, type ThirdPartyRoute } from "../../src/export/third-party.js";
import type { BootedServer, ExportOptions, ExportResult, PageReport } from "../../src/export/types.js";
import type { Config } from "../../src/config/config.js";

interface Loopback {
  origin: string;
  /** Requests received, as "METHOD /path". */
  hits: string[];
  close(): Promise<void>;
}

/** The CDN and the analytics host: a chart library, an analytics script that posts a visit, a beacon endpoint. */
async function cdn(): Promise<Loopback> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    if (req.url === "/chart.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      res.end(
        "window.Chart = { draw(el, values) { el.innerHTML = values.map((v) => '<i>' + v + '</i>').join(''); } };",
      );
    } else if (req.url === "/js/script.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      // What Plausible's tag does: report the page view to its own origin.
      res.end(
        `fetch(new URL("/api/event", document.currentScript.src), { method: "POST", body: location.href });` +
          `new Image().src = new URL("/pixel.gif?u=" + encodeURIComponent(location.href), document.currentScript.src);`,
      );
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return listen(server, hits);
}

/** A host that accepts connections and never answers. */
async function blackHole(): Promise<Loopback> {
  const hits: string[] = [];
  const server = http.createServer((req) => hits.push(`${req.method} ${req.url}`));
  return listen(server, hits);
}

async function listen(server: http.Server, hits: string[]): Promise<Loopback> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

let browser: Browser;
let work: string;
let lib: Loopback;
let hole: Loopback;
let site: Loopback & { boot(): Promise<BootedServer>; handled: string[] };

/** Every page carries the analytics tag in its base template, as most public sites do. */
function page(title: string, body: string, scripts = ""): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>
<script defer data-domain="example.org" src="${lib.origin}/js/script.js"></script>
</head><body><h1>${title}</h1>${body}${scripts}</body></html>`;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), "third-party-"));
  browser = await launchBrowser(findBrowser(null));
  lib = await cdn();
  hole = await blackHole();
  const app = new Koa();
  const hits: string[] = [];
  app.use(async (ctx) => {
    hits.push(ctx.path);
    ctx.type = "text/html; charset=utf-8";
    const n = /\/(\d+)$/.exec(ctx.path)?.[1];
    if (ctx.path.startsWith("/plain/")) ctx.body = page(`plain ${n}`, "<p>only the analytics tag</p>");
    else if (ctx.path.startsWith("/chart/"))
      ctx.body = page(
        `chart ${n}`,
        `<div id="chart"></div>`,
        `<script src="${lib.origin}/chart.js"></script>` +
          `<script>Chart.draw(document.getElementById("chart"), [${n}, ${Number(n) * 2}]);</script>`,
      );
    else if (ctx.path.startsWith("/slow-widget/"))
      ctx.body = page(
        `widget ${n}`,
        `<p id="own">?</p>`,
        `<script src="${hole.origin}/widget.js"></script>` +
          `<script>document.getElementById("own").textContent = "own script ran ${n}";</script>`,
      );
    else if (ctx.path === "/own.js") {
      ctx.type = "text/javascript";
      ctx.body = "document.body.dataset.own = 1;";
    } else {
      ctx.status = 404;
      ctx.body = page("Not found", "");
    }
  });
  const server = http.createServer(app.callback());
  const base = await listen(server, hits);
  site = {
    ...base,
    handled: [],
    boot: async () => ({
      url: base.origin + "/",
      runSql: () => Promise.reject(new Error("no SQL here")),
      request: () => Promise.reject(new Error("no requests here")),
      handler: (req, res) => {
        site.handled.push(req.url!);
        return app.callback()(req, res);
      },
      close: async () => undefined,
    }),
  };
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([lib?.close(), hole?.close(), site?.close()]);
  await rm(work, { recursive: true, force: true });
});

let n = 0;
async function run(paths: string[], extra: Partial<ExportOptions> = {}, thirdPartyTimeoutMs = 1_500) {
  const output = path.join(work, `out-${n++}`);
  const reportPath = path.join(work, `report-${n}.json`);
  const result: ExportResult = await exportSite(
    normaliseExportOptions({
      server: { databases: [], staticMounts: [] } as unknown as Config,
      output,
      paths,
      progress: "none",
      concurrency: 2,
      checkLinks: false,
      reportPath,
      ...extra,
    }),
    { boot: () => site.boot(), browser, effects: { log: () => undefined }, tuning: { thirdPartyTimeoutMs } },
  );
  const report = (JSON.parse(readFileSync(reportPath, "utf8")) as { pages: PageReport[] }).pages;
  const renderer = (p: string) => report.find((r) => r.path === p)?.renderer;
  const read = (file: string) => readFileSync(path.join(output, file), "utf8");
  return { result, renderer, read };
}

describe("which scripts need a browser", () => {
  const url = "https://site.example/db/t/1";
  it("inline scripts and scripts of the page's own origin do", () => {
    expect(needsBrowser("<p><script>let a = 1;</script>", url)).toBe(true);
    expect(needsBrowser('<script type="module">import "./x.js";</script>', url)).toBe(true);
    expect(needsBrowser('<script src="/-/static/countdown.js"></script>', url)).toBe(true);
    expect(needsBrowser('<script src="chart.js"></script>', url)).toBe(true);
    expect(needsBrowser("<script defer src='https://site.example/app.js'></script>", url)).toBe(true);
  });

  it("scripts of other origins and data blocks do not", () => {
    const tag = '<script defer data-domain="site.example" src="https://plausible.example/js/script.js">';
    expect(needsBrowser(tag + "</script><p>hi</p>", url)).toBe(false);
    expect(needsBrowser('<script async src="//cdn.example/w.js"></script>', url)).toBe(false);
    expect(needsBrowser('<script src="http://site.example/app.js"></script>', url)).toBe(false);
    expect(needsBrowser('<script type="application/ld+json">{"a": 1}</script>', url)).toBe(false);
    expect(needsBrowser('<script type="application/json" id="d">[1]</script>', url)).toBe(false);
    expect(needsBrowser("<p>no script at all</p>", url)).toBe(false);
    expect(needsBrowser(tag + "</script><script>own()</script>", url)).toBe(true);
  });

  it("a root-absolute src answers the same on every page, and //host or /\\host still names another host", () => {
    // rootScriptIsInteraction keeps answers by src; these would go wrong if a src naming a host were kept.
    for (const page of [url, "http://other.example:8001/a/b/c", url]) {
      expect(needsBrowser('<script src="/-/static/menus.js"></script>', page)).toBe(false);
      expect(needsBrowser('<script src="/-/static/../app.js"></script>', page)).toBe(true);
      expect(needsBrowser('<script src="//cdn.example/-/static/app.js"></script>', page)).toBe(false);
      expect(needsBrowser('<script src="/\\cdn.example/app.js"></script>', page)).toBe(false);
      expect(needsBrowser('<script src="/\t/cdn.example/app.js"></script>', page)).toBe(false);
      expect(needsBrowser('<script src="/x/-/static/menus.js?v=1"></script>', page)).toBe(false);
    }
  });

  it("the default pages' interaction scripts and the data they read do not; anything more does", () => {
    const defaults =
      '<script>window.datasetteVersion = "1.0a37";</script><script src="/-/static/datasette-manager.js" defer>' +
      '</script><script>window._datasetteTableData = {"a": [1, "x;y"]};\nDATASETTE_ALLOW_FACET = true;</script>' +
      '<script src="../-/static/table.js" defer></script><script src="/repo/-/static/sql-editor.js"></script>';
    expect(needsBrowser(defaults, url)).toBe(false);
    expect(needsBrowser(defaults + '<script src="/-/static/ephemeral-countdown.js"></script>', url)).toBe(
      true,
    );
    expect(needsBrowser(defaults + '<script src="/-/static-plugins/p/table.js"></script>', url)).toBe(true);
    expect(needsBrowser("<script>window.x = 1; draw();</script>", url)).toBe(true);
    expect(needsBrowser("<script>window.x = f();</script>", url)).toBe(true);
    expect(needsBrowser("<script>document.title = 'x';</script>", url)).toBe(true);
    expect(needsBrowser("<script></script>", url)).toBe(false);
  });
});

describe("the third-party rule", () => {
  const route = (method: string, type: string, url = "https://cdn.example/x.js") => {
    const calls: string[] = [];
    const r: ThirdPartyRoute = {
      request: () => ({ url: () => url, method: () => method, resourceType: () => type }),
      fulfill: async (answer) => void calls.push(`fulfill ${answer.status}`),
      abort: async () => void calls.push("abort"),
    };
    return { r, calls };
  };

  it("lets GETs of scripts and stylesheets through by default, and never a POST or a beacon", () => {
    const rule = new ThirdPartyCache("scripts");
    expect(rule.allows("GET", "script")).toBe(true);
    expect(rule.allows("GET", "stylesheet")).toBe(true);
    for (const type of ["fetch", "xhr", "image", "ping", "document", "font", "media", "websocket"])
      expect(rule.allows("GET", type), type).toBe(false);
    expect(rule.allows("POST", "script")).toBe(false);
    expect(new ThirdPartyCache("all").allows("GET", "fetch")).toBe(true);
    expect(new ThirdPartyCache("all").allows("POST", "fetch")).toBe(false);
    expect(new ThirdPartyCache("none").allows("GET", "script")).toBe(false);
  });

  it("refuses a request it does not allow without fetching it", async () => {
    const rule = new ThirdPartyCache("scripts");
    const { r, calls } = route("POST", "fetch", `${lib.origin}/api/event?from=unit`);
    await rule.handle(r);
    // A script's fetch gets an empty answer, not a network error its page would throw as "Failed to fetch".
    expect(calls).toEqual(["fulfill 204"]);
    const pixel = route("GET", "image", `${lib.origin}/pixel.gif?from=unit`);
    await rule.handle(pixel.r);
    expect(pixel.calls).toEqual(["abort"]);
    expect(rule.refused).toBe(2);
    expect(lib.hits.filter((h) => h.includes("from=unit"))).toEqual([]);
  });
});

describe("exporting pages that carry third-party scripts", () => {
  it("writes analytics-only pages straight from the server, in process, tags untouched", async () => {
    lib.hits.length = 0;
    const paths = Array.from({ length: 6 }, (_, i) => `/plain/${i + 1}`);
    const { result, renderer, read } = await run(paths);
    for (const p of paths) expect(renderer(p), p).toBe("http");
    expect(result.timings.browserStartMs).toBe(0);
    expect(read("plain/3.html")).toBe(page("plain 3", "<p>only the analytics tag</p>"));
    expect(site.handled).toContain("/plain/3");
    expect(lib.hits, "no request may reach the analytics host").toEqual([]);
  });

  it("renders a page whose own script needs a CDN library, fetching it once; analytics never hears of it", async () => {
    lib.hits.length = 0;
    const paths = Array.from({ length: 8 }, (_, i) => `/chart/${i + 1}`);
    const { result, renderer, read } = await run(paths);
    expect(result.failures).toEqual([]);
    for (const p of paths) expect(renderer(p), p).toBe("browser");
    expect(read("chart/4.html")).toContain('<div id="chart"><i>4</i><i>8</i></div>');
    // The tags themselves stay in the page: the exported site still loads them for its visitors.
    expect(read("chart/4.html")).toContain(`src="${lib.origin}/js/script.js"`);
    expect(lib.hits.filter((h) => h === "GET /chart.js")).toHaveLength(1);
    expect(lib.hits.filter((h) => h === "GET /js/script.js")).toHaveLength(1);
    expect(
      lib.hits.filter((h) => /api\/event|pixel/.test(h)),
      "no visit may be counted",
    ).toEqual([]);
  });

  it("with --third-party none, the CDN is never asked and the page's own script fails", async () => {
    lib.hits.length = 0;
    const { result } = await run(["/chart/1"], { thirdParty: "none", allowErrors: true });
    expect(lib.hits).toEqual([]);
    expect(result.failures[0]?.error).toMatch(/Chart is not defined/);
  });

  it("pays for an origin that never answers once per export, and fails nothing", async () => {
    hole.hits.length = 0;
    const paths = Array.from({ length: 8 }, (_, i) => `/slow-widget/${i + 1}`);
    // Left to the browser, each page would wait on the host past its page timeout, and fail.
    const { result, read } = await run(paths, { timeoutMs: 20_000 }, 1_500);
    expect(result.failures).toEqual([]);
    expect(read("slow-widget/5.html")).toContain('<p id="own">own script ran 5</p>');
    expect(hole.hits).toEqual(["GET /widget.js"]);
  });
});
