/**
 * The site bench/export.bench.ts exports: the real server (bootServer) over a generated SQLite file
 * with three tables of `rows` rows each, and a plugin giving their row pages different scripts:
 *  - live:  a countdown-like script (top-level let/const) that writes into the DOM on load;
 *  - quiet: a script that only adds a click handler, so the DOM after load is the DOM as sent;
 *  - plain: no script at all.
 */
import path from "node:path";
import { mkdir, writeFile } from "node:fs/promises";
import Database from "better-sqlite3";
import { loadConfig } from "../src/config/load.js";
import { bootServer } from "../src/export/boot-server.js";
import type { BootedServer } from "../src/export/types.js";
import type { Config } from "../src/config/config.js";

const PLUGIN = `export default {
  name: "bench-row-scripts",
  extraBodyScript(page) {
    if (page.viewName !== "row") return null;
    if (page.table === "live")
      return 'let due = Number(location.pathname.split("/").pop()) % 9; const label = "days left";' +
        'window.addEventListener("load", () => document.querySelector("h1").insertAdjacentHTML("afterend",' +
        ' "<p class=countdown>" + due + " " + label + "</p>"));';
    if (page.table === "quiet")
      return 'const heading = document.querySelector("h1"); let open = false;' +
        'heading.addEventListener("click", () => heading.classList.toggle("open", (open = !open)));';
    return null;
  },
};
`;

export interface BenchSite {
  config: Config;
  server: BootedServer;
}

/** Writes the database and plugin into `dir` and boots the real server on a loopback port. */
export async function createBenchSite(dir: string, rows: number): Promise<BenchSite> {
  await mkdir(path.join(dir, "plugins"), { recursive: true });
  const dbPath = path.join(dir, "data.db");
  const db = new Database(dbPath);
  for (const table of ["live", "quiet", "plain"]) {
    db.exec(`create table ${table} (id integer primary key, name text, score real, notes text)`);
    const insert = db.prepare(`insert into ${table} values (?, ?, ?, ?)`);
    db.transaction(() => {
      for (let i = 1; i <= rows; i++) insert.run(i, `${table} row ${i}`, i * 1.25, "note ".repeat(i % 30));
    })();
  }
  db.close();
  await writeFile(path.join(dir, "plugins", "row-scripts.mjs"), PLUGIN);
  // A shared machine can hold a query past the default 1 s limit; a failed page would end the run.
  const config = await loadConfig({
    files: [dbPath],
    pluginsDir: path.join(dir, "plugins"),
    settings: [["sql_time_limit_ms", "30000"]],
  });
  return { config, server: await bootServer(config) };
}

/** Paths of the first `n` row pages of one table, as HTML or as `.json`. */
export const rowPaths = (table: "live" | "quiet" | "plain", n: number, suffix: "" | ".json" = ""): string[] =>
  Array.from({ length: n }, (_, i) => `/data/${table}/${i + 1}${suffix}`);
