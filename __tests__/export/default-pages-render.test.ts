/**
 * The own-script rule on our real default pages: their interaction scripts (menus, column actions, SQL
 * editor) and the data they read never send a page through Chromium, even with an analytics tag in the
 * site's base template — while the ephemeral countdown, text a reader sees, still does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { loadConfig } from "../../src/config/load.js";
import { bootServer } from "../../src/export/boot-server.js";
import { exportSite } from "../../src/export/export.js";
import { normaliseExportOptions } from "../../src/export/options.js";
import type { ExportOptions, PageReport } from "../../src/export/types.js";

let work: string;
let site: string;
let analytics: http.Server;
const analyticsHits: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), "default-pages-render-"));
  analytics = http.createServer((req, res) => {
    analyticsHits.push(`${req.method} ${req.url}`);
    res.end("");
  });
  await new Promise<void>((r) => analytics.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(analytics.address() as AddressInfo).port}`;
  site = path.join(work, "site");
  mkdirSync(path.join(site, "templates"), { recursive: true });
  writeFileSync(
    path.join(site, "templates", "base.html"),
    `{% extends "default:base.html" %}{% block extra_head %}` +
      `<script defer data-domain="example.org" src="${origin}/js/script.js"></script>{% endblock %}`,
  );
  const db = new Database(path.join(site, "data.db"));
  db.exec(`create table notes (id integer primary key, note text, kind text);
    insert into notes values (1, 'one', 'a'), (2, 'two', 'b'), (3, 'three', 'a');`);
  db.close();
  writeFileSync(
    path.join(site, "setup.json"),
    JSON.stringify([
      {
        path: "/ephemeral/-/create",
        body: { table: "scratch", pk: "id", rows: [{ id: 1, note: "soon gone" }] },
      },
    ]),
  );
});
afterAll(async () => {
  analytics.closeAllConnections();
  await new Promise((r) => analytics.close(r));
  await rm(work, { recursive: true, force: true });
});

async function run(paths: string[], extra: Partial<ExportOptions>, ephemeral = false) {
  const output = path.join(work, `out-${paths.length}-${ephemeral}`);
  const reportPath = `${output}.report.json`;
  const server = await loadConfig({ files: [site], ephemeral, ttl: 600 });
  const result = await exportSite(
    normaliseExportOptions({
      server,
      output,
      paths,
      progress: "none",
      checkLinks: false,
      reportPath,
      ...extra,
    }),
    { boot: bootServer, effects: { log: () => undefined } },
  );
  // The report lists assets too (scripts, stylesheets): only the pages asked for are looked at.
  const pages = (JSON.parse(readFileSync(reportPath, "utf8")) as { pages: PageReport[] }).pages.filter((p) =>
    paths.includes(p.path),
  );
  pages.sort((a, b) => paths.indexOf(a.path) - paths.indexOf(b.path));
  return { result, pages, read: (file: string) => readFileSync(path.join(output, file), "utf8") };
}

describe("the default pages under --render auto", () => {
  it("go straight from the server, scripts and tags kept, and the analytics host never hears of them", async () => {
    const paths = ["/", "/data", "/data/notes", "/data/notes/2", "/data/notes?kind=a"];
    const { result, pages, read } = await run(paths, {});
    expect(result.failures).toEqual([]);
    expect(pages.map((p) => [p.path, p.renderer])).toEqual(paths.map((p) => [p, "http"]));
    expect(result.timings.browserStartMs, "no browser was started").toBe(0);
    const table = read("data/notes.html");
    for (const script of ["datasette-manager.js", "table.js", "column-chooser.js", "menus.js"])
      expect(table).toContain(`-/static/${script}`);
    expect(table).toContain("window._datasetteTableData = ");
    expect(table).toContain("/js/script.js");
    expect(read("data.html")).toContain("-/static/sql-editor.js");
    expect(analyticsHits).toEqual([]);
  });

  it("still render an ephemeral table's page in Chromium, its countdown as a reader sees it", async () => {
    const { result, pages, read } = await run(
      ["/ephemeral/scratch", "/data/notes"],
      { setup: [path.join(site, "setup.json")] },
      true,
    );
    expect(result.failures).toEqual([]);
    expect(pages.map((p) => [p.path, p.renderer])).toEqual([
      ["/ephemeral/scratch", "browser"],
      ["/data/notes", "http"],
    ]);
    expect(read("ephemeral/scratch.html")).toMatch(/This table expires in \d+m \d+s/);
    // The browser-rendered page may fetch the tag's script (once per export, --third-party scripts).
    expect(analyticsHits).toEqual(["GET /js/script.js"]);
  }, 60_000);
});
