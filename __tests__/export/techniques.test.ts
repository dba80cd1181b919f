/**
 * Every rendering technique writes the DOM the plain loop (full Chromium, goto + content()) captures:
 * on the example site, on Datasette's own fixtures database, and on pages whose scripts run on load with
 * top-level let/const. Text that timers or races write (a countdown's remaining time, a fetch landing
 * before or after `load`) is normalised; nothing else is. The server itself is not deterministic under
 * load (counts and facet suggestions have time limits), so every technique is served the bytes the
 * plain loop was served, through a replaying proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { createFixture, type Fixture } from "./fixture-server.js";
import { loadConfig } from "../../src/config/load.js";
import { bootServer } from "../../src/export/boot-server.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";
import { BrowserPool, DEFAULT_TUNING } from "../../src/export/render-browser.js";
import type { BootedServer, BrowserTuning } from "../../src/export/types.js";

const FULL = "/usr/bin/chromium";
/** Each site is ~10 pages × 5 renders on a shared 2-core machine. */
const SITE_TIMEOUT_MS = 240_000;
const TECHNIQUES: [string, BrowserTuning][] = [
  ["iframe + blocked assets (default)", DEFAULT_TUNING],
  ["iframe", { ...DEFAULT_TUNING, blockAssets: false }],
  ["goto", { ...DEFAULT_TUNING, technique: "goto", blockAssets: false }],
  ["default, recycled after every page", { ...DEFAULT_TUNING, recycleEvery: 1 }],
];

const normaliseTimers = (html: string) =>
  html
    .replace(/This table expires in [^<]*/g, "This table expires in …")
    .replace(/<p id="count">[^<]*<\/p>/, '<p id="count">…</p>')
    // The SQL editor is CodeMirror's DOM, built from what it measured (line heights, gutter, the lines in
    // view), and an iframe lays out at sub-pixel different sizes than a top-level page: compare up to it.
    .replace(
      /<p class="sql-editor">[\s\S]*?(?=<div id="sql-parameters-section")/g,
      '<p class="sql-editor">…',
    );

let plainBrowser: Browser;
let shell: Browser;
let work: string;
beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), "export-techniques-"));
  // The baseline runs on full Chromium when it is installed, so the headless shell is compared too.
  [plainBrowser, shell] = await Promise.all([
    launchBrowser(existsSync(FULL) ? FULL : findBrowser(null)),
    launchBrowser(findBrowser(null)),
  ]);
});
afterAll(async () => {
  await Promise.all([plainBrowser?.close(), shell?.close()]);
  await rm(work, { recursive: true, force: true });
});

/** Forwards GETs to `target`, answering every later GET of a URL with the bytes its first GET got. */
async function replayingProxy(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const seen = new Map<string, Promise<{ status: number; headers: Record<string, string>; body: Buffer }>>();
  const origin = new URL(target).origin;
  const server = http.createServer((req, res) => {
    let hit = seen.get(req.url!);
    if (!hit) {
      hit = fetch(origin + req.url!, { redirect: "manual" }).then(async (r) => {
        const headers: Record<string, string> = {};
        for (const name of ["content-type", "location", "x-frame-options", "content-security-policy"]) {
          const v = r.headers.get(name);
          if (v) headers[name] = v;
        }
        return { status: r.status, headers, body: Buffer.from(await r.arrayBuffer()) };
      });
      seen.set(req.url!, hit);
    }
    hit.then(
      (r) => res.writeHead(r.status, r.headers).end(r.body),
      () => res.writeHead(502).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: target.replace(origin, `http://127.0.0.1:${port}`),
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

/** Renders each path with the plain loop, then with every technique, and over HTTP where there is no script. */
async function expectSameDom(server: BootedServer, paths: string[]): Promise<void> {
  const proxy = await replayingProxy(server.url);
  const root = new URL(proxy.url);
  const pools = TECHNIQUES.map(
    ([, tuning]) => new BrowserPool("", root.origin, root.pathname, 1, tuning, shell),
  );
  const context = await plainBrowser.newContext();
  try {
    const page = await context.newPage();
    for (const p of paths) {
      const url = proxy.url + p.replace(/^\//, "");
      const response = await page.goto(url, { waitUntil: "load" });
      expect(response?.status(), p).toBeLessThan(400);
      const plain = normaliseTimers(await page.content());
      for (const [i, pool] of pools.entries()) {
        const r = await pool.render({
          url,
          waitUntil: "load",
          waitFor: null,
          timeoutMs: 15_000,
          iframeOk: true,
        });
        expect(normaliseTimers(r.html), `${TECHNIQUES[i]![0]}: ${p}`).toBe(plain);
        expect(r.pageErrors, p).toEqual([]);
      }
      // What HTTP rendering writes (the bytes as sent) parses to the same DOM when no script could change it.
      const sent = await (await fetch(url)).text();
      if (!/<script[\s>]/i.test(sent)) expect(await pools[0]!.parseStatic(sent), `http: ${p}`).toBe(plain);
    }
  } finally {
    await context.close();
    await Promise.all(pools.map((p) => p.close()));
    await proxy.close();
  }
}

describe("every technique writes the plain loop's DOM", () => {
  it(
    "on the example site, including an ephemeral table's countdown",
    async () => {
      const dir = path.resolve("example-site");
      expect(existsSync(path.join(dir, "content.db")), "run `npm run example:build` first").toBe(true);
      const server = await bootServer(await loadConfig({ files: [dir], crossdb: true }));
      try {
        const setup = JSON.parse(readFileSync(path.join(dir, "setup", "ephemeral.json"), "utf8")) as {
          path: string;
          body: unknown;
        }[];
        for (const s of setup) {
          const r = await server.request(s.path, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(s.body),
          });
          expect(r.status, r.body).toBeLessThan(300);
        }
        await expectSameDom(server, [
          "/",
          "/about",
          "/plugins",
          "/plugins/datasette-cluster-map",
          "/news",
          "/content",
          "/content/plugins",
          "/content/plugins?_sort=stars",
          "/content/plugins/datasette-export",
          "/content/authors/simonw",
          "/content/search_plugins?q=map",
          "/stats",
          "/ephemeral/scratchpad",
          "/ephemeral/scratchpad/1",
        ]);
      } finally {
        await server.close();
      }
    },
    SITE_TIMEOUT_MS,
  );

  it(
    "on Datasette's fixtures database: table and row pages",
    async () => {
      const db = path.join(work, "fixtures.db");
      copyFileSync("/work/shared/datasette-fixtures/fixtures.db", db);
      const server = await bootServer(await loadConfig({ files: [db] }));
      try {
        await expectSameDom(server, [
          "/fixtures",
          "/fixtures/facetable",
          "/fixtures/facetable/1",
          "/fixtures/facetable?_facet=state",
          "/fixtures/simple_primary_key/1",
          "/fixtures/compound_primary_key/a,b",
          "/fixtures/roadside_attractions",
          "/fixtures/sortable?_sort=sortable",
          "/fixtures/searchable?_search=dog",
          "/fixtures/binary_data",
        ]);
      } finally {
        await server.close();
      }
    },
    SITE_TIMEOUT_MS,
  );

  describe("on pages whose scripts run on load with top-level let/const", () => {
    let f: Fixture;
    beforeAll(() => {
      f = createFixture("/repo/");
    });
    afterAll(() => rm(f.dir, { recursive: true, force: true }));

    it(
      "renders them alike, in one page after another (no let/const redeclared)",
      async () => {
        const server = await f.deps.boot(f.config);
        try {
          // The same scripts twice in a row: a shared window would throw "already been declared".
          await expectSameDom(server, [
            "/countdown",
            "/live/1",
            "/live/2",
            "/countdown",
            "/db/items?_next=3",
          ]);
        } finally {
          await server.close();
        }
      },
      SITE_TIMEOUT_MS,
    );
  });
});
