/**
 * One export of the example site, without --base-url, works wherever its files are put: opened from disk
 * (file://), served at "/" and served under /repo/. Walked in Chromium each way: every stylesheet applies,
 * nothing fails to load, and clicking through lands on the right pages.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { bootServer } from "../../src/export/boot-server.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";
import { exportSite } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import { pagesFile, startPagesHost, type PagesHost } from "./pages-host.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "dx-anywhere-"));
const out = path.join(tmp, "_site");
let browser: Browser;
const hosts: PagesHost[] = [];

beforeAll(async () => {
  // A copy, so the export leaves the checkout's example site as it was.
  const site = path.join(tmp, "example-site");
  cpSync(path.join(repoRoot, "example-site"), site, { recursive: true });
  browser = await launchBrowser(findBrowser(null));
  // A loaded machine can hold a custom page's sql() past the default second: the page would answer 500.
  const server = await loadConfig({
    files: [site],
    crossdb: true,
    settings: [["sql_time_limit_ms", "30000"]],
  });
  await exportSite(
    normaliseExportOptions({
      server,
      output: out,
      paths: ["/", "/plugins"],
      sql: ["select '/plugins/' || name from content.plugins"],
      crawl: true,
      progress: "none",
      failOnBrokenLinks: true,
    }),
    { boot: bootServer, browser, effects: { log: () => undefined } },
  );
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const host of hosts) await host.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Every exported HTML page but 404.html (whose links are relative to the site's top folder). */
function htmlFiles(dir: string, rel = ""): string[] {
  const files: string[] = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) files.push(...htmlFiles(dir, child));
    else if (e.name.endsWith(".html") && child !== "404.html") files.push(child);
  }
  return files.sort();
}

/** Where a file of the site is read from: file:// or a static server's URL. */
interface Place {
  name: string;
  root: string;
  urlOf(file: string): string;
  /** The site file a same-place URL names, or null when nothing is there. */
  fileAt(url: URL): string | null;
}

const fromDisk: Place = {
  name: "file://",
  root: pathToFileURL(out).href + "/",
  urlOf: (file) => pathToFileURL(path.join(out, file)).href,
  fileAt(url) {
    if (url.protocol !== "file:") return null;
    const rel = decodeURIComponent(url.pathname).slice(out.length + 1);
    const found = pagesFile(out, rel);
    // From disk there is no /x → x.html, and a folder is a listing: only a file itself will do.
    return found && "file" in found && found.file === path.join(out, rel) ? rel : null;
  },
};

function served(host: PagesHost): Place {
  const base = new URL(host.url);
  return {
    name: host.url,
    root: host.url,
    urlOf: (file) => host.url + file.split("/").map(encodeURIComponent).join("/"),
    fileAt(url) {
      if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return null;
      const found = pagesFile(out, decodeURIComponent(url.pathname.slice(base.pathname.length)));
      return found && "file" in found ? path.relative(out, found.file) : null;
    },
  };
}

/** Opens every page at `place`: every request succeeds, app.css applies, every site link finds a file. */
async function walk(place: Place): Promise<void> {
  const page = await browser.newPage();
  const problems: string[] = [];
  let current = "";
  page.on("requestfailed", (r) => problems.push(`${current}: ${r.url()} failed (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${current}: ${r.url()} answered ${r.status()}`);
  });
  const files = htmlFiles(out);
  expect(files.length).toBeGreaterThan(20);
  let links = 0;
  for (const file of files) {
    current = file;
    await page.goto(place.urlOf(file), { waitUntil: "load" });
    const accent = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue("--accent").trim(),
    );
    if (accent !== "#276890") problems.push(`${file}: app.css not applied (--accent is "${accent}")`);
    // A form's action must stay on the site (the SQL form's target is a server page, not exported).
    for (const action of await page.$$eval("form[action]", (els) =>
      els.map((e) => (e as HTMLFormElement).action),
    ))
      if (!action.startsWith(place.root)) problems.push(`${file}: form action ${action} leaves the site`);
    const hrefs = await page.$$eval("a[href], link[href]", (els) =>
      els.map((e) => (e as HTMLAnchorElement).href),
    );
    for (const href of hrefs) {
      const url = new URL(href);
      if (!href.startsWith(place.root)) continue;
      links++;
      if (place.fileAt(url) !== null) continue;
      // Sort, facet and SQL variants ("@…" file names) and .json/.csv alternates are not crawled.
      if (/@|\.(json|csv)$/.test(decodeURIComponent(url.pathname))) continue;
      problems.push(`${file}: ${href} finds no file`);
    }
  }
  await page.close();
  expect(links).toBeGreaterThan(100);
  expect(problems).toEqual([]);
}

/** Clicks home → content database → plugins table → a row, and home → plugins → a plugin page. */
async function clickThrough(place: Place): Promise<void> {
  const page: Page = await browser.newPage();
  await page.goto(place.urlOf("index.html"));
  await page.locator(".content h2 a", { hasText: "content" }).first().click();
  await page.waitForURL(place.urlOf("content.html"));
  await expect(page.locator("h1").innerText()).resolves.toContain("content");
  await page
    .locator("a", { hasText: /^plugins$/ })
    .last()
    .click();
  await page.waitForURL(place.urlOf("content/plugins.html"));
  await expect(page.locator("table.rows-and-columns tbody tr").count()).resolves.toBeGreaterThan(3);
  await page.locator("table.rows-and-columns tbody tr td a").first().click();
  await page.waitForURL(/\/content\/plugins\/[^/]+\.html$/);
  await expect(page.locator("body").getAttribute("class")).resolves.toContain("row");

  await page.goto(place.urlOf("index.html"));
  await page.locator(".crumbs a", { hasText: "plugins" }).click();
  await page.waitForURL(place.urlOf("plugins.html"));
  // The example site's own stylesheet (extra_css_urls) applies too.
  const card = page.locator(".plugin-card").first();
  await expect(card.evaluate((e) => getComputedStyle(e).borderTopLeftRadius)).resolves.toBe("6px");
  const first = page.locator(".plugin-card h2 a").first();
  const name = await first.innerText();
  await first.click();
  await page.waitForURL(place.urlOf(`plugins/${name}.html`));
  await expect(page.locator("h1").first().innerText()).resolves.toContain(name);
  await page.close();
}

describe("an export without --base-url", () => {
  it("works opened from disk (file://)", async () => {
    await walk(fromDisk);
    await clickThrough(fromDisk);
  }, 120_000);

  it("works served under /repo/", async () => {
    const host = await startPagesHost(out, "repo");
    hosts.push(host);
    await walk(served(host));
    await clickThrough(served(host));
  }, 120_000);

  it("works served at /", async () => {
    const host = await startPagesHost(out, "");
    hosts.push(host);
    await walk(served(host));
    await clickThrough(served(host));
  }, 120_000);
});
