/** Real SQLite files in a fresh temp folder, and a Config around them, for the database layer's tests. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { Config, DatabaseSpec } from "../../src/config/config.js";
import { DEFAULT_SETTINGS, type Settings } from "../../src/config/settings.js";

export const FIXTURES_DB = "/work/shared/datasette-fixtures/fixtures.db";

/** Runs for minutes in SQLite unless stopped: one step, so only killing its read process ends it. */
export const ENDLESS =
  "with recursive c(x) as (select 1 union all select x + 1 from c where x < 1e12) select count(*) from c";

export interface TempDir {
  dir: string;
  /** Copies fixtures.db in, as `name` (default fixtures.db); returns its path. */
  copyFixtures(name?: string): string;
  /** Creates a database file from SQL; returns its path. */
  createDb(name: string, sql: string): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const dir = mkdtempSync(path.join(os.tmpdir(), "db-test-"));
  return {
    dir,
    copyFixtures(name = "fixtures.db") {
      const file = path.join(dir, name);
      copyFileSync(FIXTURES_DB, file);
      return file;
    },
    createDb(name, sql) {
      const file = path.join(dir, name);
      const conn = new BetterSqlite3(file);
      conn.exec(sql);
      conn.close();
      return file;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function fileSpec(file: string, immutable = false): DatabaseSpec {
  return { name: "", path: file, immutable };
}

export function testConfig(
  databases: DatabaseSpec[],
  overrides: Partial<Config> = {},
  settings: Partial<Settings> = {},
): Config {
  return {
    databases,
    metadata: {},
    settings: { ...DEFAULT_SETTINGS, num_sql_threads: 1, ...settings },
    templateDirs: [],
    pagesDir: null,
    staticMounts: [],
    pluginsDir: null,
    plugins: [],
    crossdb: false,
    memory: false,
    cors: false,
    secret: "test-secret",
    root: false,
    ephemeral: null,
    host: "127.0.0.1",
    port: 0,
    ...overrides,
  };
}

/* Processes, followed through /proc: the read pool's launcher and read processes. */

export interface Proc {
  pid: number;
  args: string;
}

/** The live children of `pid`, with their command lines. */
export function children(pid: number): Proc[] {
  let list: string;
  try {
    list = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8");
  } catch {
    return [];
  }
  return list
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((child) => {
      try {
        const args = readFileSync(`/proc/${child}/cmdline`, "utf8").replaceAll("\0", " ");
        return [{ pid: Number(child), args }];
      } catch {
        return []; // ended while we looked
      }
    });
}

export const isLauncher = (p: Proc) => p.args.includes("read-launcher");
export const isReader = (p: Proc) => p.args.includes("read-worker");
export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]![0] !== "Z";
  } catch {
    return false;
  }
};

export async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (condition()) return true;
  return condition();
}
