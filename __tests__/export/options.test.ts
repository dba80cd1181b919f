import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { normaliseExportOptions } from "../../src/export/options.js";
import { findBrowser, BrowserNotFoundError } from "../../src/export/browser.js";
import { parseShard, inShard } from "../../src/export/shard.js";
import { Progress } from "../../src/export/progress.js";
import type { Config } from "../../src/config/config.js";

const server = {} as Config;

describe("normaliseExportOptions", () => {
  it("fills documented defaults", () => {
    const o = normaliseExportOptions({ server, output: "_site" });
    expect(o).toMatchObject({
      render: "auto",
      waitUntil: "load",
      timeoutMs: 30_000,
      maxPages: 10_000,
      checkLinks: true,
    });
    expect(o).toMatchObject({
      failOnBrokenLinks: false,
      allowErrors: false,
      stripScripts: false,
      trailingSlash: false,
    });
    expect(o.concurrency).toBeGreaterThanOrEqual(2);
  });
  it("refuses bad values", () => {
    expect(() => normaliseExportOptions({ server, output: "x", render: "fast" as never })).toThrow(
      /render must be/,
    );
    expect(() => normaliseExportOptions({ server, output: "x", concurrency: 0 })).toThrow(/concurrency/);
    expect(() => normaliseExportOptions({ server, output: "x", siteUrl: "example.com" })).toThrow(/siteUrl/);
    expect(normaliseExportOptions({ server, output: "x", siteUrl: "https://a.b/c" }).siteUrl).toBe(
      "https://a.b/c/",
    );
  });
});

describe("findBrowser", () => {
  it("prefers the explicit option, then DATASETTE_EXPORT_BROWSER", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "browser-"));
    const fake = path.join(dir, "chrome");
    writeFileSync(fake, "");
    expect(findBrowser(fake, {})).toBe(fake);
    expect(findBrowser(null, { DATASETTE_EXPORT_BROWSER: fake })).toBe(fake);
  });
  it("names how to install one when the chosen browser is missing", () => {
    expect(() => findBrowser("/nope/chrome", {})).toThrow(BrowserNotFoundError);
    expect(() => findBrowser(null, { DATASETTE_EXPORT_BROWSER: "/nope/chrome" })).toThrow(
      /apt-get install chromium-headless-shell/,
    );
  });
  it("falls back to a system build", () => {
    expect(findBrowser(null, {})).toMatch(/chrom/);
  });
});

describe("shards", () => {
  it("parses i/n and splits paths deterministically and completely", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, total: 4 });
    expect(() => parseShard("5/4")).toThrow(/--shard/);
    const paths = Array.from({ length: 200 }, (_, i) => `/db/t/${i}`);
    const counts = [1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, total: 3 })).length);
    expect(counts.reduce((a, b) => a + b)).toBe(200);
    expect(Math.min(...counts)).toBeGreaterThan(40);
  });
});

describe("Progress", () => {
  it("draws a bar on a TTY and lines otherwise", () => {
    let tty = "";
    const bar = new Progress("auto", { isTTY: true, write: (s: string) => (tty += s) });
    bar.setTotal(2);
    bar.tick(false);
    bar.tick(true);
    bar.finish();
    expect(tty).toMatch(/\[#+\.*\] 2\/2 pages, [\d.]+ pages\/s, ETA 0s, 1 failed/);
    let plain = "";
    const lines = new Progress("auto", { isTTY: false, write: (s: string) => (plain += s) });
    lines.tick(false);
    expect(plain).toMatch(/^export: 1\/\? pages/);
  });
});
