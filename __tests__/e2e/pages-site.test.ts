/**
 * The example site as GitHub Pages would publish it: exported by `datasette-export action` for the project
 * `owner/repo` (base path /repo/), uploaded to the local artifact service, unpacked from the artifact's
 * zip and tar, served under /repo/ by a Pages stand-in and walked in Chromium. Screenshots of the home,
 * table, plugin and ephemeral pages are taken every run; `UPDATE_SCREENSHOTS=1 npm test` writes them to
 * docs/ for the README (otherwise to a temporary folder, so a test run leaves the checkout as it was).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeArtifactService, type FakeArtifactService } from "../action/fake-artifact-service.js";
import { parseOutputs } from "../action/tree.js";
import { EXAMPLE_INPUTS, exampleSiteJob, openArtifact, removeJobs, runCli } from "./docker-action.js";
import { pagesFile, startPagesHost, type PagesHost } from "./pages-host.js";
import { findBrowser, launchBrowser } from "../../src/export/browser.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const cli = path.join(repoRoot, "dist", "cli.js");
const docs = process.env.UPDATE_SCREENSHOTS
  ? path.join(repoRoot, "docs")
  : mkdtempSync(path.join(os.tmpdir(), "dx-screenshots-"));

let fake: FakeArtifactService;
let browser: Browser;
const hosts: PagesHost[] = [];

/** Exports the example site with `inputs` through the action; returns the published folder. */
async function publish(name: string, inputs: Record<string, string>): Promise<string> {
  const job = exampleSiteJob(name, inputs, fake.envFor(name, `run-${name}`));
  for (const [file, text] of Object.entries(extraFiles[name] ?? {}))
    writeFileSync(path.join(job.workspace, file), text);
  const run = await runCli(cli, ["action"], job.env, job.workspace);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expect(parseOutputs(readFileSync(job.env.GITHUB_OUTPUT!, "utf8")).failures).toBe("0");
  const artifact = fake.artifacts.find((a) => a.runId === `run-${name}` && a.name === "github-pages");
  return openArtifact(artifact!.zip!, path.join(job.root, "published"));
}

const extraFiles: Record<string, Record<string, string>> = {
  ephemeral: {
    "setup.json": JSON.stringify([
      {
        path: "/ephemeral/-/create",
        body: {
          table: "notes",
          pk: "id",
          rows: [
            { id: 1, note: "Created by the export's setup file" },
            { id: 2, note: "Dropped when the table expires" },
          ],
        },
      },
    ]),
  },
};

/** Every exported HTML file as the URL Pages serves it at. */
function htmlUrls(dir: string, base: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(".html") && entry.name !== "404.html") {
        const urlPath = child.endsWith("index.html")
          ? child.slice(0, -"index.html".length)
          : child.slice(0, -5);
        out.push(base + urlPath.split("/").map(encodeURIComponent).join("/"));
      }
    }
  };
  walk("");
  return out.sort();
}

interface Visit {
  failed: string[];
  consoleErrors: string[];
  hrefs: string[];
}

/** Loads a URL, recording failed requests, 4xx/5xx answers and console errors, and returns its links. */
async function visit(page: Page, url: string): Promise<Visit> {
  const failed: string[] = [];
  const consoleErrors: string[] = [];
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) =>
    failed.push(`${r.url()} (${r.failure()?.errorText})`);
  const onResponse = (r: { url(): string; status(): number }) => {
    if (r.status() >= 400) failed.push(`${r.url()} (HTTP ${r.status()})`);
  };
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  };
  const onError = (e: Error) => consoleErrors.push(e.message);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  try {
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) failed.push(`${url} (HTTP ${response?.status()})`);
    const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    return { failed, consoleErrors, hrefs };
  } finally {
    page.off("requestfailed", onFailed);
    page.off("response", onResponse);
    page.off("console", onConsole);
    page.off("pageerror", onError);
  }
}

beforeAll(async () => {
  fake = await startFakeArtifactService();
  browser = await launchBrowser(findBrowser(null));
  mkdirSync(docs, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const host of hosts) await host.close();
  await fake?.close();
  removeJobs();
  if (!process.env.UPDATE_SCREENSHOTS) rmSync(docs, { recursive: true, force: true });
});

describe("the example site published by the action under /repo/", () => {
  let site: string;
  let host: PagesHost;

  beforeAll(async () => {
    site = await publish("pages", EXAMPLE_INPUTS);
    host = await startPagesHost(site, "repo");
    hosts.push(host);
  }, 240_000);

  it("loads every page with no failed request, no console error and no link to a missing file", async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const urls = htmlUrls(site, host.url);
    expect(urls.length).toBeGreaterThan(20);
    const problems: string[] = [];
    const links = new Map<string, string>();
    for (const url of urls) {
      const result = await visit(page, url);
      for (const f of result.failed) problems.push(`${url}: request failed: ${f}`);
      for (const e of result.consoleErrors) problems.push(`${url}: console error: ${e}`);
      for (const href of result.hrefs) if (!links.has(href)) links.set(href, url);
    }
    await context.close();

    const origin = new URL(host.url).origin;
    let checked = 0;
    const variants: string[] = [];
    for (const [href, from] of links) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      checked++;
      // A link carrying the base path twice (sort links once did) is wrong whether or not it was exported.
      if (url.pathname.startsWith("/repo/repo/"))
        problems.push(`${from}: link to ${url.pathname} doubles /repo/`);
      const rel = url.pathname.startsWith("/repo/") ? decodeURIComponent(url.pathname.slice(6)) : null;
      const found = rel === null ? null : pagesFile(site, rel);
      if (found) continue;
      // Sort, facet and SQL links (their query written as "@…" in the file name) and the .json/.csv
      // alternates of a page are only there when crawled: counted, not failed.
      if (/@|\.(json|csv)$/.test(url.pathname)) variants.push(url.pathname);
      else problems.push(`${from}: link to ${url.pathname}${url.search} finds no file`);
    }
    console.log(
      `${urls.length} pages; ${checked} same-origin links; ${variants.length} to unexported query or format variants`,
    );
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 240_000);

  it("clicks from the home page to a database, a table and a row", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(host.url);
    await page.screenshot({ path: path.join(docs, "home.png"), fullPage: true });
    await page.locator('a[href="/repo/content.html"]').first().click();
    await page.waitForURL(`${host.url}content.html`);
    await expect(page.locator("h1").innerText()).resolves.toContain("content");
    await page.locator('a[href="/repo/content/plugins.html"]').first().click();
    await page.waitForURL(`${host.url}content/plugins.html`);
    await expect(page.locator("table.rows-and-columns tbody tr").count()).resolves.toBeGreaterThan(3);
    await page.screenshot({ path: path.join(docs, "table.png"), fullPage: true });
    await page.locator("table.rows-and-columns tbody tr td a").first().click();
    await page.waitForURL(/\/repo\/content\/plugins\/[^/]+\.html$/);
    await expect(page.locator("body").getAttribute("class")).resolves.toContain("row");
    await page.close();
  }, 60_000);

  it("clicks from the home page to /plugins and on to a plugin page", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(host.url);
    await page.locator('a[href="/repo/plugins.html"]').first().click();
    await page.waitForURL(`${host.url}plugins.html`);
    const first = page.locator(".plugin-card h2 a").first();
    const name = await first.innerText();
    await first.click();
    await page.waitForURL(`${host.url}plugins/${name}.html`);
    await expect(page.locator("h1").first().innerText()).resolves.toContain(name);
    await page.screenshot({ path: path.join(docs, "plugin.png"), fullPage: true });
    await page.close();
  }, 60_000);
});

describe("an ephemeral table exported by the action", () => {
  it("shows its countdown on the published page", async () => {
    const site = await publish("ephemeral", {
      ephemeral: "true",
      setup: "setup.json",
      paths: "/ephemeral/notes",
      crawl: "false",
    });
    const host = await startPagesHost(site, "repo");
    hosts.push(host);
    const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
    const result = await visit(page, `${host.url}ephemeral/notes`);
    expect(result.failed).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    await expect(page.locator(".ephemeral-timer").innerText()).resolves.toMatch(
      /This table expires in \d+m \d+s/,
    );
    await expect(page.locator("table.rows-and-columns tbody tr").count()).resolves.toBe(2);
    await page.screenshot({ path: path.join(docs, "ephemeral-countdown.png") });
    await page.close();
  }, 240_000);
});
