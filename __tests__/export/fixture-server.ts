/**
 * A small Datasette-like server for exporter tests: real Koa on port 0, real SQLite (better-sqlite3),
 * pages with and without scripts, a countdown that changes the DOM on load, a paginated table with
 * ?_next= links, JSON, CSS with url() assets, a 500 page and a 404 page, all below a base path.
 */
import Koa from "koa";
import Database from "better-sqlite3";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config } from "../../src/config/config.js";
import { DEFAULT_SETTINGS } from "../../src/config/settings.js";
import type { BootedServer, ExportDeps } from "../../src/export/types.js";

export const PAGE_SIZE = 3;
export const ITEM_COUNT = 8;

export interface Fixture {
  dir: string;
  dbPath: string;
  staticDir: string;
  config: Config;
  deps: ExportDeps;
  /** Requests the server answered, path+query, for asserting what the exporter asked for. */
  hits: string[];
}

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0f50000000049454e44ae426082",
  "hex",
);

function layout(base: string, title: string, body: string, script = ""): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="${base}-/static/app.css">
<link rel="alternate" type="application/json" href="${base}db/items.json">
</head><body>
<nav><a href="${base}">home</a> <a href="${base}plain">plain</a> <a href="${base}db/items">items</a></nav>
${body}
${script ? `<script>${script}</script>` : ""}
</body></html>`;
}

export function createFixture(base = "/repo/"): Fixture {
  const dir = mkdtempSync(path.join(os.tmpdir(), "export-fixture-"));
  const dbPath = path.join(dir, "fixture.db");
  const db = new Database(dbPath);
  db.exec("create table items (id integer primary key, name text)");
  const insert = db.prepare("insert into items (id, name) values (?, ?)");
  for (let i = 1; i <= ITEM_COUNT; i++) insert.run(i, `item ${i}`);
  db.exec("create table paths (path text, wait_for text, expect_status integer)");
  db.close();
  const staticDir = path.join(dir, "static-mount");
  mkdirSync(path.join(staticDir, "sub"), { recursive: true });
  writeFileSync(path.join(staticDir, "hello.txt"), "hello from a static mount\n");
  writeFileSync(path.join(staticDir, "sub", "deep.txt"), "deep\n");

  const hits: string[] = [];
  const config = {
    databases: [{ name: "db", path: dbPath, immutable: false }],
    settings: { ...DEFAULT_SETTINGS, base_url: base },
    staticMounts: [{ mount: "assets", dir: staticDir }],
  } as unknown as Config;

  const boot = async (cfg: Config): Promise<BootedServer> => {
    const conn = new Database(dbPath);
    const app = new Koa();
    app.use(async (ctx, next) => {
      hits.push(ctx.url);
      if (!ctx.path.startsWith(base) && ctx.path + "/" !== base) return;
      await next();
      if (ctx.body === undefined && ctx.status === 404) route404(ctx, base);
    });
    app.use(async (ctx) => {
      const p = "/" + ctx.path.slice(base.length);
      const html = (s: string) => ((ctx.type = "text/html; charset=utf-8"), (ctx.body = s));
      if (p === "/") {
        html(
          layout(
            base,
            "Home",
            `<h1>Home</h1><img src="${base}-/static/logo.png" alt=""><a href="${base}countdown">countdown</a>`,
            "const home = 1; document.title = 'Home ' + home;",
          ),
        );
      } else if (p === "/plain") {
        html(
          layout(
            base,
            "Plain",
            `<h1>Plain page</h1><p>No script here.</p><img srcset="${base}-/static/logo.png 1x">`,
          ),
        );
      } else if (p === "/countdown") {
        html(
          layout(
            base,
            "Countdown",
            `<h1>Countdown</h1><p id="countdown">loading…</p><p id="count">?</p>`,
            `let deadline = 3; const label = "days left";
window.addEventListener("load", () => {
  document.getElementById("countdown").textContent = "Countdown: " + deadline + " " + label;
  window.countdownTimer = setInterval(() => {}, 1000);
});
fetch("${base}db/items.json").then((r) => r.json()).then((d) => { document.getElementById("count").textContent = "rows: " + d.rows.length; });`,
          ),
        );
      } else if (p === "/db/items" || p === "/db/items.json") {
        const after = Number(ctx.query._next ?? 0);
        const rows = conn
          .prepare("select id, name from items where id > ? order by id limit ?")
          .all(after, PAGE_SIZE) as { id: number; name: string }[];
        const last = rows[rows.length - 1];
        const more =
          last &&
          (conn.prepare("select count(*) c from items where id > ?").get(last.id) as { c: number }).c > 0;
        if (p.endsWith(".json")) {
          ctx.body = { rows, next: more ? String(last!.id) : null };
          return;
        }
        const list = rows.map((r) => `<li><a href="${base}db/items/${r.id}">${r.name}</a></li>`).join("");
        const nextLink = more ? `<a class="next" href="${base}db/items?_next=${last!.id}">Next page</a>` : "";
        html(
          layout(
            base,
            "items",
            `<h1>items</h1><ul>${list}</ul>${nextLink}`,
            "let page = document.querySelectorAll('li').length; document.body.dataset.rows = page;",
          ),
        );
      } else if (/^\/db\/items\/\d+$/.test(p)) {
        const row = conn.prepare("select * from items where id = ?").get(Number(p.split("/").pop())) as
          { name: string } | undefined;
        if (!row) return;
        html(layout(base, row.name, `<h1>${row.name}</h1>`));
      } else if (/^\/notes\/\d+$/.test(p)) {
        // A script that changes nothing until clicked: adaptive mode may write these over HTTP.
        const n = p.split("/").pop();
        html(
          layout(
            base,
            `note ${n}`,
            `<h1>note ${n}</h1>`,
            `const note = ${n}; let open = false; document.querySelector("h1").addEventListener("click", () => (open = !open));`,
          ),
        );
      } else if (/^\/fetcher\/\d+$/.test(p)) {
        // Leaves the DOM alone but loads JSON the HTML does not name: over HTTP it would be missing.
        const n = p.split("/").pop();
        html(layout(base, `fetcher ${n}`, `<h1>fetcher ${n}</h1>`, `fetch("${base}-/data/${n}.json");`));
      } else if (/^\/-\/data\/\d+\.json$/.test(p)) {
        ctx.body = { n: Number(p.split("/").pop()!.split(".")[0]) };
      } else if (/^\/live\/\d+$/.test(p)) {
        // A script that writes into the DOM on load: adaptive mode must keep these in the browser.
        const n = p.split("/").pop();
        html(
          layout(
            base,
            `live ${n}`,
            `<h1>live ${n}</h1><p id="due">?</p>`,
            `let due = ${n} % 4; const label = "days left";
window.addEventListener("load", () => { document.getElementById("due").textContent = due + " " + label; });`,
          ),
        );
      } else if (p === "/broken") {
        ctx.status = 500;
        html(layout(base, "Error", "<h1>Internal error</h1>"));
      } else if (p === "/page-error") {
        html(layout(base, "Throws", "<h1>throws</h1>", "throw new Error('boom from the page');"));
      } else if (p === "/missing-asset") {
        html(layout(base, "Missing", `<h1>missing</h1><script src="${base}-/static/nope.js"></script>`));
      } else if (p === "/framed-check") {
        html(
          layout(
            base,
            "Framing",
            `<h1 id="where">?</h1>`,
            "document.getElementById('where').textContent = window.top === window ? 'top' : 'framed';",
          ),
        );
      } else if (p === "/delayed") {
        const late = `window.addEventListener("load", () => setTimeout(() => document.body.insertAdjacentHTML("beforeend", '<p id="late">arrived</p>'), 300));`;
        html(layout(base, "Delayed", "<h1>delayed</h1>", late));
      } else if (p === "/edges") {
        // Every kind of URL the relative rewriting must get right or leave alone.
        html(
          layout(
            base,
            "Edges",
            `<a id="frag" href="#top">top</a> <a id="mail" href="mailto:a@example.com">mail</a>
<a id="ext" href="https://example.com/x">ext</a> <a id="proto" href="//example.com/y">proto</a>
<a id="js" href="javascript:void(0)">js</a> <img id="data" src="data:image/png;base64,AAAA" alt="">
<a id="query" href="?_next=3">next</a> <a id="sorted" href="db/items?_sort=name#row-2">sorted</a>
<form id="form" action="${base}db/items" method="get"><input name="q"></form>
<div id="styled" style="background: url(${base}-/static/bg.png)"></div>`,
          ),
        );
      } else if (p === "/based") {
        // A <base href>: relative URLs resolve against db/, not against this page's folder.
        html(
          layout(base, "Based", `<a id="rel" href="items">items</a>`).replace(
            "<head>",
            `<head><base href="${base}db/">`,
          ),
        );
      } else if (p === "/old-items") {
        ctx.redirect(`${base}db/items`);
      } else if (p === "/hang") {
        html(
          layout(
            base,
            "Hangs",
            `<h1>never loads</h1><iframe src="${base}-/never-answers"></iframe>`,
            "let x = 1;",
          ),
        );
      } else if (p === "/-/never-answers") {
        await new Promise(() => undefined);
      } else if (p === "/-/static/app.css") {
        ctx.type = "text/css";
        ctx.body = `body { font-family: x; background: url("bg.png"); }\n@font-face { font-family: x; src: url(${base}-/static/font.woff2); }`;
      } else if (p === "/-/static/logo.png" || p === "/-/static/bg.png") {
        ctx.type = "image/png";
        ctx.body = PNG;
      } else if (p === "/-/static/font.woff2") {
        ctx.type = "font/woff2";
        ctx.body = Buffer.from("wOF2 not really a font");
      } else if (p.startsWith("/assets/")) {
        ctx.type = "text/plain";
        ctx.body = "served " + p;
      }
    });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const port = (server.address() as AddressInfo).port;
    void cfg;
    return {
      url: `http://127.0.0.1:${port}${base}`,
      async runSql(sql) {
        const stmt = conn.prepare(sql);
        const columns = stmt.columns().map((c) => c.name);
        async function* rows() {
          for (const row of stmt.raw().iterate()) yield row as unknown[];
        }
        return { columns, rows: rows() };
      },
      async execSql(sql) {
        conn.exec(sql);
      },
      async request(p, init) {
        const res = await fetch(`http://127.0.0.1:${port}${base}${p.replace(/^\//, "")}`, init);
        return { status: res.status, body: await res.text() };
      },
      async close() {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
        conn.close();
      },
    };
  };
  return { dir, dbPath, staticDir, config, deps: { boot, effects: { log: () => undefined } }, hits };
}

function route404(ctx: Koa.Context, base: string): void {
  ctx.status = 404;
  ctx.type = "text/html; charset=utf-8";
  ctx.body = layout(base, "Not found", "<h1>Not found</h1><p>No such page.</p>");
}
