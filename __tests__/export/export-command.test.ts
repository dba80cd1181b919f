/**
 * `datasette-export export` as the CLI runs it (exportCommand: real config loading, the real server
 * booted in process), for what only the command decides: the exit status, and the user's own SQL error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { exportCommand, EXIT_CRAWL_STOPPED } from "../../src/commands/export.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "export-command-"));
  const db = new Database(path.join(dir, "data.db"));
  db.exec("create table items (id integer primary key, name text)");
  const insert = db.prepare("insert into items (name) values (?)");
  for (let i = 1; i <= 12; i++) insert.run(`item ${i}`);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The flags as commander hands them to the command, defaults included. */
function flags(output: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    output: path.join(dir, output),
    path: [],
    sql: [],
    crawl: false,
    maxPages: 10_000,
    include: [],
    exclude: [],
    setup: [],
    render: "http",
    waitUntil: "load",
    timeout: 30_000,
    checkLinks: true,
    progress: "none",
    ...extra,
  };
}
const serve = () => ({ files: [path.join(dir, "data.db")] });

describe("exportCommand", () => {
  it("exits 0 and crawls from / when no paths are given", async () => {
    expect(await exportCommand(serve(), flags("whole"))).toBe(0);
    expect(existsSync(path.join(dir, "whole", "index.html"))).toBe(true);
    expect(existsSync(path.join(dir, "whole", "data", "items.html"))).toBe(true);
  });

  it(`exits ${EXIT_CRAWL_STOPPED} when a crawl stopped at --max-pages, with the site written`, async () => {
    const report = path.join(dir, "cut.report.json");
    const code = await exportCommand(
      serve(),
      flags("cut", { path: ["/"], crawl: true, maxPages: 2, report }),
    );
    expect(code).toBe(EXIT_CRAWL_STOPPED);
    expect(existsSync(path.join(dir, "cut", "index.html"))).toBe(true);
    const summary = JSON.parse(readFileSync(report, "utf8")).summary;
    expect(summary).toMatchObject({ written: true, crawlStoppedAtMaxPages: 2 });
  });

  it("never cuts pages listed by --sql at --max-pages", async () => {
    const code = await exportCommand(
      serve(),
      flags("rows", { sql: ["select '/data/items/' || id from items"], maxPages: 5 }),
    );
    expect(code).toBe(0);
    for (let id = 1; id <= 12; id++)
      expect(existsSync(path.join(dir, "rows", "data", "items", `${id}.html`)), `row ${id}`).toBe(true);
  });

  it("writes links relative to each page, or root-absolute under --base-url", async () => {
    expect(await exportCommand(serve(), flags("relative", { path: ["/", "/data"] }))).toBe(0);
    const relative = readFileSync(path.join(dir, "relative", "data.html"), "utf8");
    expect(relative).toContain('href="-/static/app.css');
    expect(relative).toContain('href="data/items.html"');
    const flagged = flags("absolute", { path: ["/", "/data"], baseUrl: "/repo/" });
    expect(await exportCommand(serve(), flagged)).toBe(0);
    const absolute = readFileSync(path.join(dir, "absolute", "data.html"), "utf8");
    expect(absolute).toContain('href="/repo/-/static/app.css');
    expect(absolute).toContain('href="/repo/data/items.html"');
  });

  it("renders in as many threads as --render-threads says, the same pages either way", async () => {
    // Enough pages that a thread is ready before the main thread has rendered them all.
    const big = path.join(dir, "big");
    mkdirSync(path.join(big, "plugins"), { recursive: true });
    const db = new Database(path.join(big, "big.db"));
    db.exec("create table t (id integer primary key, name text)");
    const insert = db.prepare("insert into t (name) values (?)");
    db.transaction(() => {
      for (let i = 1; i <= 3_000; i++) insert.run(`row ${i}`);
    })();
    db.close();
    const log = path.join(big, "threads.log");
    // Each row page's thread, as the plugin that renders it sees it (0: the main thread).
    writeFileSync(
      path.join(big, "plugins", "which-thread.mjs"),
      `import { appendFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
export default {
  name: "which-thread",
  extraBodyScript(page) {
    if (page.viewName === "row") appendFileSync(${JSON.stringify(log)}, threadId + "\\n");
    return null;
  },
};
`,
    );
    const threadsOf = async (output: string, renderThreads: number) => {
      rmSync(log, { force: true });
      const sql = ["select '/big/t/' || id from t"];
      const code = await exportCommand(
        { files: [path.join(big, "big.db")], pluginsDir: path.join(big, "plugins") },
        flags(output, { sql, renderThreads, checkLinks: false }),
      );
      expect(code).toBe(0);
      const ids = readFileSync(log, "utf8").trim().split("\n");
      expect(ids).toHaveLength(3_000);
      return new Set(ids);
    };
    expect(await threadsOf("main-only", 0)).toEqual(new Set(["0"]));
    const two = await threadsOf("one-thread", 1);
    expect(
      [...two].filter((id) => id !== "0"),
      "no page was rendered in a thread",
    ).toHaveLength(1);
    const page = (output: string) => readFileSync(path.join(dir, output, "big", "t", "2999.html"), "utf8");
    expect(page("one-thread")).toBe(page("main-only"));
  }, 120_000);

  it("reports the user's own SQL error, not the wrapper's", async () => {
    for (const [sql, message] of [
      ["selec '/'", /SQL query "selec '\/'" failed: Statement must be a SELECT/],
      ["select '/' frm items", /SQL query "select '\/' frm items" failed: .*syntax error/],
    ] as const) {
      const err = await exportCommand(serve(), flags("bad-sql", { sql: [sql] })).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toMatch(/no such table/);
    }
    expect(existsSync(path.join(dir, "bad-sql"))).toBe(false);
  });
});
