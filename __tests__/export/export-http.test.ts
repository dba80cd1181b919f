/** The exporter's rules that need no browser (render: "http"), against the real fixture server. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { readFiles } from "../action/tree.js";
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createFixture, ITEM_COUNT, type Fixture } from "./fixture-server.js";
import { exportSite, ExportFailedError } from "../../src/export/export.js";
import { BrokenLinksError, mergeExports, MergeConflictError } from "../../src/export/merge.js";
import { SHARD_LINKS_FILE } from "../../src/export/link-check.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import { OUTPUT_MARKER } from "../../src/export/output-guard.js";
import type { ExportOptions } from "../../src/export/types.js";

let f: Fixture;
beforeAll(() => {
  f = createFixture("/repo/");
});
afterAll(async () => {
  await rm(f.dir, { recursive: true, force: true });
});

const run = (out: string, extra: Partial<ExportOptions>) =>
  exportSite(
    normaliseExportOptions({
      server: f.config,
      output: path.join(f.dir, out),
      render: "http",
      progress: "none",
      ...extra,
    }),
    f.deps,
  );

/** The export's files as relative path → text. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries([...readFiles(dir)].map(([file, bytes]) => [file, bytes.toString("utf8")]));
}

describe("exportSite over HTTP", () => {
  it("counts links to unexported sort, SQL and format variants apart from broken links", async () => {
    // A table page links to ?_sort=…, .json, .csv and SQL variants of itself, none of them exported.
    const single = await run("variants", { paths: ["/db/items"] });
    expect(single.unexportedVariants).toBeGreaterThan(0);
    expect(single.brokenLinks.map((b) => b.href)).toContain("db/items/1.html");
    for (const link of single.brokenLinks) expect(link.href).not.toMatch(/@|\.(json|csv)$/);
    // Crawled with the format variants excluded, every plain link is there: the variants alone do not
    // fail --fail-on-broken-links.
    const crawled = await run("variants", {
      paths: ["/db/items"],
      crawl: true,
      exclude: ["/**.json", "/**.csv"],
      failOnBrokenLinks: true,
    });
    expect(crawled.brokenLinks).toEqual([]);
    expect(crawled.unexportedVariants).toBeGreaterThan(0);
  });

  it("writes pages, assets, the 404 page, .nojekyll, static mounts and a sitemap", async () => {
    const result = await run("site1", {
      paths: ["/plain", "/db/items.json"],
      siteUrl: "https://o.github.io/repo",
    });
    const files = tree(result.output);
    expect(Object.keys(files).sort()).toEqual(
      [
        ".datasette-export",
        ".nojekyll",
        "404.html",
        "-/static/app.css",
        "-/static/bg.png",
        "-/static/font.woff2",
        "-/static/logo.png",
        "assets/hello.txt",
        "assets/sub/deep.txt",
        "db/items.json",
        "plain.html",
        "sitemap.xml",
      ].sort(),
    );
    expect(files["404.html"]).toContain("No such page.");
    expect(JSON.parse(files["db/items.json"]!).rows).toHaveLength(3);
    // Auto/http: a page without scripts is written exactly as the server sent it, links rewritten
    // relative to the page so the site works from disk, at / and under any base path.
    expect(files["plain.html"]).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(files["plain.html"]).toContain('<a href="db/items.html">items</a>');
    expect(files["plain.html"]).toContain('<a href="index.html">home</a>');
    expect(files["plain.html"]).toContain('<link rel="stylesheet" href="-/static/app.css">');
    expect(files["plain.html"]).toContain('<img srcset="-/static/logo.png 1x">');
    // A stylesheet's root-absolute url() becomes relative to the stylesheet; a relative one stays.
    expect(files["-/static/app.css"]).toContain('url("bg.png")');
    expect(files["-/static/app.css"]).toContain("src: url(font.woff2)");
    expect(files["sitemap.xml"]).toContain("<loc>https://o.github.io/repo/plain.html</loc>");
    expect(result.pages).toBe(3);
    // Others may read and enter the site folder (a Docker action writes it as root, later steps read it).
    expect(statSync(result.output).mode & 0o005).toBe(0o005);
    // Links to pages not exported are reported, not silently kept.
    expect(result.brokenLinks.map((b) => b.href).sort()).toContain("db/items.html");
    expect(result.failures).toEqual([]);
    await expect(run("site1", { paths: ["/plain"], failOnBrokenLinks: true })).rejects.toThrow(
      /broken link\(s\)[\s\S]*\/plain → db\/items\.html/,
    );
  });

  it("refuses a .. path from SQL, naming the query and the row, and writes nothing outside", async () => {
    const db = new Database(f.dbPath);
    db.prepare("delete from paths").run();
    db.prepare(
      "insert into paths values ('/plain', null, null), ('/%2e%2e/%2e%2e/escaped', null, null)",
    ).run();
    db.close();
    const sql = "select path from paths order by rowid";
    const err = await run("site-sql", { sql: [sql] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportFailedError);
    expect((err as Error).message).toContain(`SQL query "${sql}" row 2`);
    expect((err as Error).message).toMatch(/\.\." segment/);
    expect(existsSync(path.join(f.dir, "escaped"))).toBe(false);
    expect(existsSync(path.join(f.dir, "escaped.html"))).toBe(false);
    expect(existsSync(path.join(f.dir, "site-sql"))).toBe(false);
  });

  it("names the query and SQLite's error for bad SQL", async () => {
    await expect(run("site-bad", { sql: ["select path from no_such_table"] })).rejects.toThrow(
      /SQL query "select path from no_such_table" failed: no such table: no_such_table/,
    );
  });

  it("runs setup files first: .sql writes, .json requests (a failing request names the file)", async () => {
    const sqlFile = path.join(f.dir, "setup.sql");
    writeFileSync(sqlFile, "delete from paths; insert into paths values ('/db/items/7', null, null);");
    const result = await run("site-setup", { setup: [sqlFile], sql: ["select path from paths"] });
    expect(readFileSync(path.join(result.output, "db/items/7.html"), "utf8")).toContain("item 7");
    const jsonFile = path.join(f.dir, "setup.json");
    writeFileSync(jsonFile, JSON.stringify([{ path: "/plain" }, { path: "/broken", body: { rows: [] } }]));
    await expect(run("site-setup", { setup: [jsonFile], paths: ["/plain"] })).rejects.toThrow(
      /setup\.json request 2 \(POST \/broken\) answered 500/,
    );
  });

  it("applies SQL columns as per-page rules (expect_status, output)", async () => {
    const db = new Database(f.dbPath);
    db.prepare("delete from paths").run();
    db.prepare("insert into paths values ('/broken', null, 500)").run();
    db.close();
    const sql = "select path, expect_status, 'errors/broken.html' as output from paths";
    const result = await run("site-rules", { sql: [sql] });
    expect(readFileSync(path.join(result.output, "errors/broken.html"), "utf8")).toContain("Internal error");
  });

  it("fails on a 500 page and leaves the previous output untouched", async () => {
    const out = path.join(f.dir, "site-keep");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "previous.html"), "old");
    writeFileSync(path.join(out, OUTPUT_MARKER), "a previous export");
    const err = await run("site-keep", { paths: ["/plain", "/broken"] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportFailedError);
    expect((err as Error).message).toMatch(/\/broken \[--path \/broken\]: HTTP 500/);
    expect(readdirSync(out).sort()).toEqual([OUTPUT_MARKER, "previous.html"]);
    expect(readdirSync(f.dir).filter((n) => n.includes(".tmp-"))).toEqual([]);
    // allowErrors writes the failed page and succeeds.
    const ok = await run("site-keep", {
      paths: ["/plain", "/broken"],
      allowErrors: true,
      reportPath: path.join(f.dir, "r.json"),
    });
    expect(ok.failures).toHaveLength(1);
    expect(existsSync(path.join(out, "broken.html"))).toBe(true);
    expect(existsSync(path.join(out, "previous.html"))).toBe(false);
    const report = JSON.parse(readFileSync(path.join(f.dir, "r.json"), "utf8")) as {
      pages: { path: string; status: number }[];
    };
    expect(report.pages.find((r) => r.path === "/broken")?.status).toBe(500);
  });

  it("an interrupted export leaves the previous output untouched and no staging folder", async () => {
    const parent = path.join(f.dir, "interrupt");
    const out = path.join(parent, "_site");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "previous.html"), "old");
    writeFileSync(path.join(out, OUTPUT_MARKER), "a previous export");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(import.meta.dirname, "interrupt-child.ts"), out],
      // The child's fixture files go below `parent`, which afterAll removes.
      { stdio: "ignore", env: { ...process.env, TMPDIR: parent } },
    );
    const staging = () => readdirSync(parent).filter((n) => n.startsWith("_site.tmp-"));
    for (
      let i = 0;
      i < 900 && !(staging().length && existsSync(path.join(parent, staging()[0]!, "plain.html")));
      i++
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(staging()).toHaveLength(1);
    child.kill("SIGINT");
    const [, signal] = (await once(child, "exit")) as [number | null, string | null];
    expect(signal).toBe("SIGINT");
    expect(readdirSync(out).sort()).toEqual([OUTPUT_MARKER, "previous.html"]);
    expect(staging()).toEqual([]);
  }, 150_000);

  it("writes a redirect as a page forwarding to the target's file, and exports the target", async () => {
    const result = await run("site-redirect", { paths: ["/old-items"] });
    const files = tree(result.output);
    expect(files["old-items.html"]).toContain('<meta http-equiv="refresh" content="0; url=db/items.html">');
    expect(files["db/items.html"]).toContain("item 1");
    expect(result.brokenLinks.map((b) => b.href)).not.toContain("db/items.html");
  });

  it("writes links relative to the page, leaving fragments and other sites' URLs alone", async () => {
    const result = await run("site-edges", { paths: ["/edges", "/based"] });
    const files = tree(result.output);
    const edges = files["edges.html"]!;
    for (const kept of [
      '<a id="frag" href="#top">',
      '<a id="mail" href="mailto:a@example.com">',
      '<a id="ext" href="https://example.com/x">',
      '<a id="proto" href="//example.com/y">',
      '<a id="js" href="javascript:void(0)">',
      '<img id="data" src="data:image/png;base64,AAAA"',
    ])
      expect(edges).toContain(kept);
    expect(edges).toContain('<a id="query" href="edges@_next=3.html">');
    expect(edges).toContain('<a id="sorted" href="db/items@_sort=name.html#row-2">');
    expect(edges).toContain('<form id="form" action="db/items.html" method="get">');
    expect(edges).toContain('<div id="styled" style="background: url(-/static/bg.png)">');
    // The base is rewritten relative to the page, and the links below it relative to the base.
    const based = files["based.html"]!;
    expect(based).toContain('<base href="db/">');
    expect(based).toContain('<a id="rel" href="items.html">');
    expect(based).toContain('<link rel="stylesheet" href="../-/static/app.css">');
    expect(based).toContain('<a href="../index.html">home</a>');
  });

  it("keeps links root-absolute under base_url with absoluteLinks (--base-url), folding index.html", async () => {
    const result = await run("site-absolute", {
      paths: ["/plain", "/old-items"],
      crawl: true,
      trailingSlash: true,
      absoluteLinks: true,
    });
    const files = tree(result.output);
    expect(files["plain/index.html"]).toContain('<a href="/repo/db/items/">items</a>');
    expect(files["plain/index.html"]).toContain('<a href="/repo/">home</a>');
    expect(files["plain/index.html"]).toContain('<link rel="stylesheet" href="/repo/-/static/app.css">');
    expect(files["db/items/index.html"]).toContain('href="/repo/db/items/index@_next=3.html"');
    expect(files["old-items/index.html"]).toContain('content="0; url=/repo/db/items/"');
    expect(files["-/static/app.css"]).toContain("src: url(/repo/-/static/font.woff2)");
    expect(result.brokenLinks).toEqual([]);
  });

  it("stops a crawl at maxPages and still writes the 404 page", async () => {
    const result = await run("site-max", { paths: ["/"], crawl: true, maxPages: 3 });
    expect(result.pages).toBe(4); // three pages plus 404.html
    expect(existsSync(path.join(result.output, "404.html"))).toBe(true);
  });

  it("crawls with trailingSlash, linking folders", async () => {
    const result = await run("site-slash", { paths: ["/plain"], crawl: true, trailingSlash: true });
    const files = tree(result.output);
    // From disk a folder has no index: relative links name index.html.
    expect(files["plain/index.html"]).toContain('<a href="../db/items/index.html">items</a>');
    expect(files["plain/index.html"]).toContain('<link rel="stylesheet" href="../-/static/app.css">');
    expect(files["db/items/index.html"]).toContain('href="index@_next=3.html"');
    expect(Object.keys(files).filter((k) => /^db\/items\/\d+\/index\.html$/.test(k))).toHaveLength(
      ITEM_COUNT,
    );
    expect(result.brokenLinks).toEqual([]);
  });

  it("checks the shards' links against the merged site: a page no shard wrote is a broken link", async () => {
    const parts = [];
    for (let i = 1; i <= 2; i++)
      parts.push((await run(`lonely${i}`, { paths: ["/plain"], shard: { index: i, total: 2 } })).output);
    const merged = await mergeExports(parts, path.join(f.dir, "lonely-merged"));
    expect(merged.brokenLinks).toContainEqual({ from: "/plain", href: "db/items.html" });
    expect(tree(merged.output)).not.toHaveProperty([SHARD_LINKS_FILE]);
    await expect(
      mergeExports(parts, path.join(f.dir, "lonely-strict"), { failOnBrokenLinks: true }),
    ).rejects.toThrow(BrokenLinksError);
    expect(existsSync(path.join(f.dir, "lonely-strict"))).toBe(false);
  });

  it("merges shards into exactly the unsharded export, and refuses conflicting shards", async () => {
    // With a sitemap: the merged one must equal the unsharded one too (same URLs, once each, sorted).
    const common = { paths: ["/"], crawl: true, siteUrl: "https://o.github.io/repo" };
    const whole = await run("whole", common);
    const parts = [];
    for (let i = 1; i <= 3; i++)
      parts.push((await run(`part${i}`, { ...common, shard: { index: i, total: 3 } })).output);
    const pageCounts = parts.map((p) => Object.keys(tree(p)).filter((k) => k.endsWith(".html")).length);
    expect(pageCounts.every((n) => n > 0 && n < Object.keys(tree(whole.output)).length)).toBe(true);
    const merged = await mergeExports(parts, path.join(f.dir, "merged"));
    // Each shard left its pages' links for the merge, which checks them and leaves the lists out.
    for (const part of parts) expect(tree(part)).toHaveProperty([SHARD_LINKS_FILE]);
    expect(tree(merged.output)).toEqual(tree(whole.output));
    expect(merged.brokenLinks).toEqual(whole.brokenLinks);
    expect(merged.unexportedVariants).toBe(whole.unexportedVariants);

    writeFileSync(path.join(parts[1]!, "plain.html"), "tampered");
    writeFileSync(path.join(parts[0]!, "plain.html"), "different");
    await expect(mergeExports(parts, path.join(f.dir, "merged"))).rejects.toThrow(MergeConflictError);
    expect(tree(path.join(f.dir, "merged"))).toEqual(tree(whole.output));
  });
});
