/** `render: "adaptive"`: template keys, the per-template verdicts, and exports with a real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { createFixture, type Fixture } from "./fixture-server.js";
import { exportSite } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";
import { BrowserPool, DEFAULT_TUNING } from "../../src/export/render-browser.js";
import { AdaptiveRouter, templateKey } from "../../src/export/adaptive.js";
import type { ExportOptions } from "../../src/export/types.js";

const page = (body: string, script = "") =>
  `<!DOCTYPE html><html><head><title>t</title></head><body class="row db-data table-rows">${body}${
    script ? `<script>${script}</script>` : ""
  }</body></html>`;

describe("templateKey", () => {
  it("gives the row pages of one table one key, whatever their row and the literals in their script", () => {
    const a = templateKey("/data/rows/3", page("<h1>3</h1>", "let row = 3; const s = 'three';"));
    const b = templateKey("/data/rows/17", page("<h1>17</h1><p>more</p>", "let row = 17; const s = 'x';"));
    expect(a).toBe(b);
  });

  it("splits pages by path shape, query parameter names, body class and script", () => {
    const base = templateKey("/data/rows/3", page("", "let row = 3;"));
    expect(templateKey("/data/other/3", page("", "let row = 3;"))).not.toBe(base);
    expect(templateKey("/data/rows/3?_next=2", page("", "let row = 3;"))).not.toBe(base);
    expect(templateKey("/data/rows/3", page("", "let row = 3; document.body.remove();"))).not.toBe(base);
    expect(templateKey("/data/rows/3", page("", "let row = 3;").replace("table-rows", "table-x"))).not.toBe(
      base,
    );
    const external = (src: string) => page(`<script src="${src}"></script>`);
    expect(templateKey("/a/1", external("/x.js"))).not.toBe(templateKey("/a/1", external("/y.js")));
    // Parameter values and order do not matter, names do.
    expect(templateKey("/t?_next=1&_sort=a", "")).toBe(templateKey("/t?_sort=b&_next=9", ""));
  });
});

describe("AdaptiveRouter", () => {
  it("compares until N renders agreed, then answers http; one difference pins the key for good", () => {
    const router = new AdaptiveRouter(2);
    expect(router.choose("k")).toBe("compare");
    router.record("k", true);
    expect(router.choose("k")).toBe("compare");
    router.record("k", true);
    expect(router.choose("k")).toBe("http");
    router.record("j", true);
    router.record("j", false);
    router.record("j", true);
    router.record("j", true);
    expect(router.choose("j")).toBe("browser");
    expect(router.summary()).toEqual({ http: ["k"], browser: ["j"] });
  });

  it("refuses a count below 1", () => {
    expect(() => new AdaptiveRouter(0)).toThrow(/whole number >= 1/);
  });
});

describe("exportSite with render adaptive", () => {
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

  const run = async (out: string, extra: Partial<ExportOptions>) => {
    const reportPath = path.join(f.dir, `${out}.json`);
    const logs: string[] = [];
    const result = await exportSite(
      normaliseExportOptions({
        server: f.config,
        output: path.join(f.dir, out),
        progress: "none",
        concurrency: 2,
        render: "adaptive",
        reportPath,
        ...extra,
      }),
      { ...f.deps, browser, tuning: { adaptiveAgreements: 3 }, effects: { log: (l) => logs.push(l) } },
    );
    const report = JSON.parse(readFileSync(reportPath, "utf8")) as {
      pages: { path: string; renderer: string }[];
    };
    const renderer = (p: string) => report.pages.find((r) => r.path === p)?.renderer;
    return { result, renderer, logs };
  };
  const N = 24;
  const paths = (prefix: string) => Array.from({ length: N }, (_, i) => `/${prefix}/${i + 1}`);

  it("keeps a template whose scripts change the DOM in the browser, with the script-made content", async () => {
    const { result, renderer, logs } = await run("live", { paths: paths("live") });
    for (let i = 1; i <= N; i++) {
      expect(renderer(`/live/${i}`), `/live/${i}`).toBe("browser");
      const html = readFileSync(path.join(result.output, "live", `${i}.html`), "utf8");
      expect(html).toContain(`<p id="due">${i % 4} days left</p>`);
    }
    expect(logs.join("\n")).toMatch(/0 template\(s\) switched to HTTP .* 1 kept in the browser/);
  });

  it("switches a template whose scripts change nothing to HTTP after N matching renders", async () => {
    const { result, renderer, logs } = await run("notes", { paths: paths("notes") });
    const used = paths("notes").map((p) => renderer(p));
    const inBrowser = used.filter((r) => r === "browser").length;
    // The first pages are compared (a few more than 3 when pages of the template were in flight at once).
    expect(used.slice(0, 3)).toEqual(["browser", "browser", "browser"]);
    expect(inBrowser).toBeGreaterThanOrEqual(3);
    expect(inBrowser).toBeLessThan(N);
    expect(used[N - 1]).toBe("http");
    // Either way, the written page is the page as served.
    const written = readFileSync(path.join(result.output, "notes", `${N}.html`), "utf8");
    expect(written).toContain(`<h1>note ${N}</h1>`);
    expect(written).toContain(`const note = ${N};`);
    expect(logs.join("\n")).toMatch(/1 template\(s\) switched to HTTP after 3 matching renders, 0 kept/);
  });

  it("keeps a template in the browser when its script loads a file the HTML does not name", async () => {
    const { renderer } = await run("fetcher", { paths: paths("fetcher") });
    expect(paths("fetcher").map((p) => renderer(p))).toEqual(paths("fetcher").map(() => "browser"));
  });

  it("decides per template: both kinds in one export", async () => {
    const mixed = paths("notes").flatMap((p, i) => [p, `/live/${i + 1}`]);
    const { renderer } = await run("mixed", { paths: mixed });
    expect(renderer(`/notes/${N}`)).toBe("http");
    expect(renderer(`/live/${N}`)).toBe("browser");
  });

  it("parseStatic serialises the HTML as sent exactly as a render serialises a page whose scripts do nothing", async () => {
    const server = await f.deps.boot(f.config);
    const pool = new BrowserPool("", new URL(server.url).origin, "/repo/", 1, DEFAULT_TUNING, browser);
    try {
      const url = server.url + "notes/1";
      const sent = await (await fetch(url)).text();
      const rendered = await pool.render({
        url,
        waitUntil: "load",
        waitFor: null,
        timeoutMs: 10_000,
        iframeOk: true,
      });
      expect(await pool.parseStatic(sent)).toBe(rendered.html);
      const live = server.url + "live/2";
      const liveRendered = await pool.render({
        ...{ waitUntil: "load" as const, waitFor: null },
        url: live,
        timeoutMs: 10_000,
        iframeOk: true,
      });
      expect(await pool.parseStatic(await (await fetch(live)).text())).not.toBe(liveRendered.html);
    } finally {
      await pool.close();
      await server.close();
    }
  });
});
