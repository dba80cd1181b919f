/** The exporter with a real Chromium: rendering rules, failures, techniques, and the result on a static host. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { createFixture, ITEM_COUNT, type Fixture } from "./fixture-server.js";
import { exportSite, ExportFailedError } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";
import { BrowserPool, DEFAULT_TUNING } from "../../src/export/render-browser.js";
import type { BootedServer, ExportOptions } from "../../src/export/types.js";

let f: Fixture;
let browser: Browser;
beforeAll(async () => {
  f = createFixture("/repo/");
  browser = await launchBrowser(findBrowser(null));
});
afterAll(async () => {
  await browser?.close();
  await rm(f.dir, { recursive: true, force: true });
});

const run = (out: string, extra: Partial<ExportOptions>) =>
  exportSite(
    normaliseExportOptions({
      server: f.config,
      output: path.join(f.dir, out),
      progress: "none",
      concurrency: 2,
      ...extra,
    }),
    { ...f.deps, browser },
  );
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");

/** A plain static file server under a base path: no extension guessing, folders serve index.html. */
async function staticHost(root: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url!, "http://x").pathname);
    let rel = pathname.startsWith(base) ? pathname.slice(base.length) : null;
    if (rel !== null && (rel === "" || rel.endsWith("/"))) rel += "index.html";
    try {
      if (rel === null || rel.split("/").includes("..")) throw new Error("outside");
      const body = readFileSync(path.join(root, rel));
      res.writeHead(200, {
        "content-type": rel.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/html" });
      res.end(readFileSync(path.join(root, "404.html")));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe("exportSite with Chromium", () => {
  it("auto mode: scripted pages are rendered (countdown captured), plain pages written as sent", async () => {
    const result = await run("auto", {
      paths: ["/countdown", "/plain"],
      reportPath: path.join(f.dir, "auto.json"),
    });
    const countdown = read(result.output, "countdown.html");
    expect(countdown).toContain('<p id="countdown">Countdown: 3 days left</p>');
    expect(countdown.startsWith("<!DOCTYPE html><html")).toBe(true);
    expect(countdown).toContain("<script>let deadline = 3;"); // scripts kept by default
    expect(read(result.output, "plain.html").startsWith("<!DOCTYPE html>\n<html")).toBe(true);
    // JSON the page fetched is written as an asset, byte for byte.
    expect(JSON.parse(read(result.output, "db/items.json")).rows).toHaveLength(3);
    const report = JSON.parse(read(f.dir, "auto.json")).pages as {
      path: string;
      renderer: string;
      consoleErrors: string[];
    }[];
    expect(report.find((r) => r.path === "/countdown")).toMatchObject({
      renderer: "browser",
      consoleErrors: [],
    });
    expect(report.find((r) => r.path === "/plain")?.renderer).toBe("http");
  });

  it("browser mode renders every HTML page; stripScripts removes scripts", async () => {
    const result = await run("browser", {
      paths: ["/plain", "/countdown"],
      render: "browser",
      stripScripts: true,
    });
    expect(read(result.output, "plain.html").startsWith("<!DOCTYPE html><html")).toBe(true);
    const countdown = read(result.output, "countdown.html");
    expect(countdown).toContain("Countdown: 3 days left");
    expect(countdown).not.toContain("<script");
  });

  it("fails on a page error and on a failed same-origin request, listing both", async () => {
    const err = await run("errors", { paths: ["/page-error", "/missing-asset", "/countdown"] }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ExportFailedError);
    const message = (err as Error).message;
    expect(message).toMatch(/\/page-error .*page error: boom from the page/);
    expect(message).toMatch(/\/missing-asset .*nope\.js/);
    expect((err as ExportFailedError).result.failures).toHaveLength(3); // the page error, nope.js in the page, nope.js as an asset
  });

  it("waits for a SQL row's wait_for selector before capturing the page", async () => {
    const result = await run("wait", { sql: ["select '/delayed' as path, '#late' as wait_for"] });
    expect(read(result.output, "delayed.html")).toContain('<p id="late">arrived</p>');
  });

  it("renders pages that inspect their framing top-level", async () => {
    const result = await run("framing", { paths: ["/framed-check"] });
    expect(read(result.output, "framed-check.html")).toContain('<h1 id="where">top</h1>');
  });

  it("gives up on a page that never loads, after retries, without hanging", async () => {
    const started = Date.now();
    const err = await run("hang", { paths: ["/hang", "/plain"], timeoutMs: 800 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportFailedError);
    expect((err as Error).message).toMatch(/\/hang .*(Timed out|Timeout)/i);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("a crawled paginated table can be paged through on a plain static host under the base path", async () => {
    const result = await run("crawl", { paths: ["/"], crawl: true });
    expect(result.brokenLinks).toEqual([]);
    const host = await staticHost(result.output, "/repo/");
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${host.url}/repo/`);
      await page.click("text=items");
      const seen: string[] = [];
      for (;;) {
        seen.push(...(await page.locator("li a").allTextContents()));
        const next = page.locator("a.next");
        if (!(await next.count())) break;
        await Promise.all([page.waitForURL(/_next=/), next.click()]);
      }
      expect(seen).toEqual(Array.from({ length: ITEM_COUNT }, (_, i) => `item ${i + 1}`));
      await page.click("text=item 8");
      expect(await page.locator("h1").textContent()).toBe("item 8");
      const missing = await page.goto(`${host.url}/repo/no/such/page`);
      expect(missing?.status()).toBe(404);
      expect(await page.content()).toContain("No such page.");
    } finally {
      await context.close();
      await host.close();
    }
  });

  it("relaunches a crashed browser and retries the page", async () => {
    const server: BootedServer = await f.deps.boot(f.config);
    const pool = new BrowserPool(findBrowser(null), new URL(server.url).origin, "/repo/", 1, DEFAULT_TUNING);
    const req = {
      url: server.url + "countdown",
      waitUntil: "load" as const,
      waitFor: null,
      timeoutMs: 10_000,
      iframeOk: true,
    };
    try {
      expect((await pool.render(req)).html).toContain("Countdown: 3 days left");
      // Kill the real browser process out from under the pool, as a crash would.
      await (pool as unknown as { browser: Browser }).browser.close();
      const again = await pool.render(req);
      expect(again.html).toContain("Countdown: 3 days left");
      expect(pool.relaunches).toBe(1);
    } finally {
      await pool.close();
      await server.close();
    }
  });

  it("every rendering technique writes the same DOM as the plain goto loop", async () => {
    const server: BootedServer = await f.deps.boot(f.config);
    const origin = new URL(server.url).origin;
    const paths = ["countdown", "db/items?_next=3", "countdown"];
    const pools = [
      new BrowserPool("", origin, "/repo/", 2, { ...DEFAULT_TUNING, technique: "iframe" }, browser),
      new BrowserPool(
        "",
        origin,
        "/repo/",
        2,
        { ...DEFAULT_TUNING, technique: "goto", blockAssets: false },
        browser,
      ),
    ];
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // The countdown's fetch() may land before or after `load` in any technique: a race, not a difference.
      const normalise = (html: string) => html.replace(/<p id="count">[^<]*<\/p>/, '<p id="count">…</p>');
      for (const p of paths) {
        const url = server.url + p;
        await page.goto(url, { waitUntil: "load" });
        const plain = normalise(await page.content());
        for (const pool of pools) {
          const r = await pool.render({
            url,
            waitUntil: "load",
            waitFor: null,
            timeoutMs: 10_000,
            iframeOk: true,
          });
          expect(normalise(r.html), `${r.technique} ${p}`).toBe(plain);
          expect(r.technique).toBe(pool === pools[0] ? "iframe" : "goto");
          expect(r.pageErrors).toEqual([]);
        }
      }
    } finally {
      await context.close();
      await Promise.all(pools.map((p) => p.close()));
      await server.close();
    }
  });
});
