/**
 * Pages that need no browser are fetched in process (the app's own handler, no socket) — in the main
 * thread or in render threads that boot the same app: the bytes are the HTTP path's, response by
 * response and export by export, on the example site and fixtures.db.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readFiles } from "../action/tree.js";
import { loadConfig } from "../../src/config/load.js";
import { bootServer } from "../../src/export/boot-server.js";
import { exportSite } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import { HttpFetcher } from "../../src/export/render-http.js";
import { InProcessFetcher } from "../../src/export/render-in-process.js";
import { ThreadedFetcher } from "../../src/export/render-threads.js";
import type { BootedServer, BrowserTuning, ExportOptions } from "../../src/export/types.js";
import type { Config } from "../../src/config/config.js";
import { FIXTURES_DB } from "../helpers/server.js";

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), "in-process-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/**
 * Exports `paths` (crawled) from one booted server, in process and over HTTP, and returns both trees
 * plus how many requests went through the in-process handler. bootServer's server is deterministic (no
 * time-limited counts or suggestions, query_ms 0), so any difference is the transport's.
 */
async function exportBoth(
  config: Config,
  server: BootedServer,
  extra: Partial<ExportOptions>,
  inProcessTuning: Partial<BrowserTuning> = {},
): Promise<{ inProcess: Map<string, Buffer>; http: Map<string, Buffer>; handled: number }> {
  let handled = 0;
  const handler = server.handler!;
  const counted: BootedServer = {
    ...server,
    handler: (req, res) => {
      handled++;
      return handler(req, res);
    },
    close: async () => undefined,
  };
  const out: Record<string, string> = {};
  let inProcessCalls = 0;
  for (const [i, transport] of (["in-process", "http"] as const).entries()) {
    out[transport] = path.join(work, `${path.basename(config.databases[0]!.path ?? "db")}-${transport}-${i}`);
    await exportSite(
      normaliseExportOptions({
        server: config,
        output: out[transport],
        render: "http",
        progress: "none",
        crawl: true,
        timeoutMs: 60_000,
        ...extra,
      }),
      {
        boot: async () => counted,
        effects: { log: () => undefined },
        tuning: transport === "in-process" ? { ...inProcessTuning, transport } : { transport },
      },
    );
    if (transport === "in-process") {
      // With render threads, the main thread's handler serves only what came before they were ready.
      if (!inProcessTuning.renderThreads) expect(handled).toBeGreaterThan(inProcessCalls);
      inProcessCalls = handled;
    } else expect(handled, "the HTTP export must not call the handler").toBe(inProcessCalls);
  }
  return { inProcess: readFiles(out["in-process"]!), http: readFiles(out.http!), handled };
}

function expectSameTrees(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [file, bytes] of a) expect(bytes.toString("latin1"), file).toBe(b.get(file)!.toString("latin1"));
}

describe("in-process fetches", () => {
  it("answer as the HTTP path does: status, type, location, body — CSV and static files stream", async () => {
    const db = path.join(work, "fixtures.db");
    copyFileSync(FIXTURES_DB, db);
    const server = await bootServer(await loadConfig({ files: [db] }));
    const origin = new URL(server.url).origin;
    const viaHttp = new HttpFetcher(origin, 4);
    const inProcess = new InProcessFetcher(server.handler!, origin);
    try {
      const paths = [
        "/",
        "/fixtures",
        "/fixtures/facetable",
        "/fixtures/facetable.json?_shape=array",
        "/fixtures/facetable.csv",
        "/fixtures/facetable/1",
        "/fixtures/facetable/",
        "/fixtures/no_such_table",
        "/fixtures/no_such_table.json",
        "/-/static/app.css",
        "/fixtures?sql=select+1+%2B+",
      ];
      for (const p of paths) {
        const url = origin + p;
        const [a, b] = await Promise.all([inProcess.get(url, 60_000), viaHttp.get(url, 60_000)]);
        expect(a.status, p).toBe(b.status);
        expect(a.contentType, p).toBe(b.contentType);
        expect(a.headers.location, p).toBe(b.headers.location);
        // The footer's "Queries took …ms" is measured per request (an export's server prints none).
        const timed = (body: Buffer) =>
          body.toString("utf8").replace(/Queries took [\d.]+ms/, "Queries took …ms");
        expect(timed(a.body), p).toBe(timed(b.body));
        expect(a.body.length, p).toBeGreaterThan(0);
      }
    } finally {
      viaHttp.close();
      await server.close();
    }
  }, 300_000);

  it("time out instead of hanging the export on a view that never answers", async () => {
    const never = () => undefined;
    const fetcher = new InProcessFetcher(never, "http://127.0.0.1:1");
    await expect(fetcher.get("http://127.0.0.1:1/slow", 50)).rejects.toThrow(/timed out after 50 ms/);
  });
});

/** Responses compared as the first test compares them: status, type, location and body. */
async function expectSameResponses(a: PageFetcherLike, b: PageFetcherLike, origin: string, paths: string[]) {
  for (const p of paths) {
    const url = origin + p;
    const [x, y] = await Promise.all([a.get(url, 60_000), b.get(url, 60_000)]);
    expect(x.status, p).toBe(y.status);
    expect(x.contentType, p).toBe(y.contentType);
    expect(x.headers.location, p).toBe(y.headers.location);
    expect(x.body.toString("latin1"), p).toBe(y.body.toString("latin1"));
  }
}
type PageFetcherLike = Pick<HttpFetcher, "get">;

describe("render threads", () => {
  it("answer every kind of page as the HTTP path does, without the main thread's handler", async () => {
    // The example site's databases, custom pages, templates and plugin; not its ephemeral tables, which
    // keep render threads away (the next test).
    const dir = path.resolve("example-site");
    const config = await loadConfig({
      files: [path.join(dir, "content.db"), path.join(dir, "stats.db")],
      templateDir: path.join(dir, "templates"),
      pluginsDir: path.join(dir, "plugins"),
      crossdb: true,
      settings: [["sql_time_limit_ms", "30000"]],
    });
    const server = await bootServer(config);
    const origin = new URL(server.url).origin;
    const viaHttp = new HttpFetcher(origin, 4);
    const mainThread: PageFetcherLike & { close(): void } = {
      get: () => Promise.reject(new Error("the main thread's handler was called")),
      close: () => undefined,
    };
    expect(server.threadConfig).not.toBeNull();
    const threads = new ThreadedFetcher(mainThread, { config: server.threadConfig!, origin }, 2);
    try {
      await threads.ready();
      expect(threads.readyThreads).toBe(2);
      await expectSameResponses(threads, viaHttp, origin, [
        "/",
        "/content",
        "/content/plugins",
        "/content/plugins.json?_shape=array",
        "/content/plugins.csv",
        "/plugins",
        "/news",
        "/stats",
        "/-/static/app.css",
        "/content/no_such_table",
        "/-/datasette-export-404",
        "/_memory?sql=select+1+%2B+",
      ]);
      expect(threads.failures).toEqual([]);
    } finally {
      await threads.close();
      viaHttp.close();
      await server.close();
    }
  }, 300_000);

  it("start only once the export has asked for `startAfter` pages (a crawl that stays small never pays)", async () => {
    const db = path.join(work, "fixtures-start-after.db");
    copyFileSync(FIXTURES_DB, db);
    const server = await bootServer(await loadConfig({ files: [db] }));
    const origin = new URL(server.url).origin;
    let local = 0;
    const mainThread = new InProcessFetcher(server.handler!, origin);
    const counted = {
      get: (u: string, t: number) => (local++, mainThread.get(u, t)),
      close: () => undefined,
    };
    const threads = new ThreadedFetcher(counted, { config: server.threadConfig!, origin }, 1, 3);
    try {
      for (let i = 1; i <= 2; i++) await threads.get(`${origin}/fixtures-start-after/facetable/${i}`, 60_000);
      await threads.ready();
      expect(threads.readyThreads, "no thread before the third page").toBe(0);
      await threads.get(`${origin}/fixtures-start-after/facetable/3`, 60_000);
      await threads.ready();
      expect(threads.readyThreads).toBe(1);
      await threads.get(`${origin}/fixtures-start-after/facetable/4`, 60_000);
      expect(local, "the fourth page went to the thread").toBe(3);
    } finally {
      await threads.close();
      await server.close();
    }
  }, 300_000);

  it("share the pages with this thread once ready: a page goes where fewer are in hand", async () => {
    const db = path.join(work, "fixtures-share.db");
    copyFileSync(FIXTURES_DB, db);
    const server = await bootServer(await loadConfig({ files: [db] }));
    const origin = new URL(server.url).origin;
    const mainThread = new InProcessFetcher(server.handler!, origin);
    let local = 0;
    const counted = {
      get: (u: string, t: number) => (local++, mainThread.get(u, t)),
      close: () => undefined,
    };
    const threads = new ThreadedFetcher(counted, { config: server.threadConfig!, origin }, 1);
    try {
      await threads.ready();
      expect(threads.readyThreads).toBe(1);
      // Pages asked for at once go to both: the thread, and this thread whenever it has fewer in hand.
      const page = (i: number) => `${origin}/fixtures-share/facetable/${(i % 15) + 1}`;
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => threads.get(page(i), 60_000)));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(local).toBeGreaterThan(0);
      expect(local).toBeLessThan(20);
      expect(threads.failures).toEqual([]);
    } finally {
      await threads.close();
      await server.close();
    }
  }, 300_000);

  it("are not offered when content lives in the main process only (ephemeral tables)", async () => {
    const db = path.join(work, "fixtures-ephemeral.db");
    copyFileSync(FIXTURES_DB, db);
    const server = await bootServer(await loadConfig({ files: [db], ephemeral: true }));
    try {
      expect(server.threadConfig).toBeNull();
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe("an export in process writes the HTTP export's bytes", () => {
  it("with two render threads, on Datasette's fixtures database", async () => {
    const db = path.join(work, "fixtures-threads.db");
    copyFileSync(FIXTURES_DB, db);
    // Each thread forks read processes of its own for table pages: on a loaded machine a query can take
    // longer than the default second, and a page cut short by a limit differs by the machine's load.
    const config = await loadConfig({ files: [db], settings: [["sql_time_limit_ms", "30000"]] });
    const server = await bootServer(config);
    try {
      const { inProcess, http, handled } = await exportBoth(
        config,
        server,
        {
          paths: ["/", "/fixtures-threads/facetable.json", "/fixtures-threads/facetable.csv"],
          maxPages: 10_000,
          exclude: ["/**.json", "/**.csv", "/fixtures-threads/compound_three_primary_keys/*"],
        },
        { renderThreads: 2 },
      );
      expect(inProcess.size).toBeGreaterThan(100);
      expect(handled, "the threads rendered none of the pages").toBeLessThan(inProcess.size);
      expectSameTrees(inProcess, http);
    } finally {
      await server.close();
    }
  }, 300_000);

  it("on the example site", async () => {
    const dir = path.resolve("example-site");
    expect(existsSync(path.join(dir, "content.db")), "run `npm run example:build` first").toBe(true);
    const config = await loadConfig({ files: [dir], crossdb: true });
    const server = await bootServer(config);
    try {
      const { inProcess, http } = await exportBoth(config, server, {
        paths: ["/", "/plugins", "/news", "/content/plugins.json", "/content/plugins.csv"],
        sql: ["select '/plugins/' || name from content.plugins"],
        maxPages: 300,
      });
      expect(inProcess.size).toBeGreaterThan(20);
      expectSameTrees(inProcess, http);
    } finally {
      await server.close();
    }
  }, 300_000);

  it("on Datasette's fixtures database", async () => {
    const db = path.join(work, "fixtures-export.db");
    copyFileSync(FIXTURES_DB, db);
    const config = await loadConfig({ files: [db] });
    const server = await bootServer(config);
    try {
      const { inProcess, http } = await exportBoth(config, server, {
        paths: ["/", "/fixtures-export/facetable.json", "/fixtures-export/facetable.csv"],
        maxPages: 10_000,
        // Every table page, and the row pages of the small tables (three have 200–1,000 rows).
        exclude: [
          "/**.json",
          "/**.csv",
          "/fixtures-export/compound_three_primary_keys/*",
          "/fixtures-export/sortable/*",
          "/fixtures-export/no_primary_key/*",
        ],
      });
      expect(inProcess.size).toBeGreaterThan(100);
      expectSameTrees(inProcess, http);
    } finally {
      await server.close();
    }
  }, 300_000);
});
