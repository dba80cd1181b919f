/**
 * What an export says: each refused path once with where it came from, no "Exported" line when nothing
 * was written, the same counts in progress, summary and report, a known total and ETA for a list, and
 * listed pages never cut by --max-pages. Against the real fixture server, over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { createFixture, type Fixture } from "./fixture-server.js";
import { exportSite, ExportFailedError } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import type { ExportOptions, ExportResult } from "../../src/export/types.js";

let f: Fixture;
beforeAll(() => {
  f = createFixture("/repo/");
});
afterAll(async () => {
  await rm(f.dir, { recursive: true, force: true });
});

interface Run {
  result: ExportResult | null;
  error: Error | null;
  log: string[];
  progress: string[];
  report: { pages: { path: string; error?: string; source: string }[]; summary: Record<string, unknown> };
}

async function run(out: string, extra: Partial<ExportOptions>): Promise<Run> {
  const log: string[] = [];
  const progress: string[] = [];
  const reportPath = path.join(f.dir, `${out}.report.json`);
  let result: ExportResult | null = null;
  let error: Error | null = null;
  try {
    result = await exportSite(
      normaliseExportOptions({
        server: f.config,
        output: path.join(f.dir, out),
        render: "http",
        progress: "lines",
        reportPath,
        ...extra,
      }),
      {
        ...f.deps,
        effects: { log: (l) => log.push(l), progressStream: { write: (s: string) => progress.push(s) } },
      },
    );
  } catch (e) {
    error = e as Error;
  }
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as Run["report"];
  return { result, error, log, progress, report };
}

describe("export messages", () => {
  it("reports each refused path once, with where it came from, and says nothing was written", async () => {
    const r = await run("refused", { paths: ["/plain", "fixtures", "/../x"] });
    expect(r.error).toBeInstanceOf(ExportFailedError);
    const message = r.error!.message;
    expect(message.match(/Refused path "fixtures"/g)).toHaveLength(1);
    expect(message.match(/Refused path "\/\.\.\/x"/g)).toHaveLength(1);
    expect(message).toContain('Refused path "fixtures" from --path fixtures: must start with /');
    expect(message).toMatch(/^Export failed: 2 of 4 page\(s\) failed; .* was left as it was\./);
    expect(r.log.join("\n")).not.toMatch(/Exported/);
    expect(r.log[0]).toMatch(/^Rendered 4 pages in .*; nothing was written$/);
    // The same counts in the report: four pages (two refused), the 404 page under its own name.
    expect(r.report.summary).toMatchObject({ written: false, pages: 4, failedPages: 2 });
    expect(r.report.pages.filter((p) => p.error?.startsWith("Refused path"))).toHaveLength(2);
    expect(r.report.pages.map((p) => p.path)).toContain("404 page");
    expect(JSON.stringify(r.report)).not.toContain("datasette-export-404");
    expect(readdirSync(f.dir).filter((n) => n.startsWith("refused"))).toEqual(["refused.report.json"]);
  });

  it("names pages in Slowest, never the internal 404 path", async () => {
    const r = await run("slowest", { paths: ["/plain", "/db/items"] });
    const slowest = r.log.find((l) => l.startsWith("Slowest: "))!;
    for (const entry of slowest.slice("Slowest: ".length).split(", "))
      expect(entry).toMatch(/^(\/\S+|404 page) \d+ ms$/);
    expect(r.log.join("\n")).not.toContain("datasette-export-404");
    expect(r.result!.brokenLinks.every((b) => b.from !== "/-/datasette-export-404")).toBe(true);
  });

  it("keeps counts in step: progress, summary and report agree on pages and failures", async () => {
    // /missing-asset loads an asset that 404s: that is an asset failure, counted apart from pages.
    const r = await run("counts", {
      paths: ["/plain", "/broken", "/missing-asset"],
      allowErrors: true,
      progress: "bar",
    });
    const { pages, failedPages, failures } = r.result!;
    const assets = failures.length - failedPages;
    expect([pages, failedPages, assets]).toEqual([4, 1, 1]);
    expect(r.report.summary).toMatchObject({ pages, failedPages, failedAssets: assets });
    expect(r.log[0]).toMatch(new RegExp(`^Exported ${pages} pages`));
    expect(r.log).toContain(`1 of 4 page(s) and 1 asset(s) failed (allowed by --allow-errors)`);
    const bar = r.progress.join("").split("\r").at(-1)!;
    expect(bar).toMatch(/\] 4\/4 pages, .*, 1 failed/);
  });

  it("shows the known total and an ETA for a list of pages from the first progress line", async () => {
    const paths = Array.from({ length: 30 }, (_, i) => `/db/items?_next=${i}`);
    const lines: string[] = [];
    await exportSite(
      normaliseExportOptions({
        server: f.config,
        output: path.join(f.dir, "eta"),
        render: "http",
        progress: "bar",
        paths,
        concurrency: 1,
      }),
      {
        ...f.deps,
        effects: { log: () => undefined, progressStream: { write: (s: string) => lines.push(s) } },
      },
    );
    const first = lines.find((l) => l.includes("pages"))!;
    expect(first).toMatch(/ \d+\/31 pages, .* ETA \d+s/); // 30 listed plus the 404 page
    expect(lines.join("")).not.toContain("/?");
  });

  it("never drops listed pages at --max-pages; a crawl stops there and says so", async () => {
    const paths = Array.from({ length: 12 }, (_, i) => `/db/items?_next=${i}`);
    const listed = await run("listed", { paths, maxPages: 5 });
    expect(listed.result!.pages).toBe(13); // 12 listed plus the 404 page
    expect(listed.result!.crawlStoppedAt).toBeNull();
    expect(listed.log.join("\n")).not.toMatch(/crawl stopped/i);

    const crawled = await run("crawled", { paths: ["/"], crawl: true, maxPages: 2 });
    expect(crawled.result!.crawlStoppedAt).toBe(2);
    expect(crawled.result!.pages).toBe(3); // two pages plus the 404 page
    expect(crawled.log.join("\n")).toContain("The crawl stopped at --max-pages (2)");
    expect(crawled.report.summary).toMatchObject({ crawlStoppedAtMaxPages: 2 });
    expect(crawled.report.summary.warning).toMatch(/crawl stopped at --max-pages \(2\)/);
  });

  it("crawls from / when no paths, SQL or paths file are given", async () => {
    const r = await run("default-crawl", {});
    expect(r.result!.crawlStoppedAt).toBeNull();
    const files = readdirSync(path.join(f.dir, "default-crawl"), { recursive: true }).map(String);
    expect(files).toContain("index.html");
    expect(files).toContain("plain.html");
    expect(files).toContain(path.join("db", "items.html"));
  });
});
