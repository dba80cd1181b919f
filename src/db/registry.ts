/**
 * Opens every database the configuration names, in Datasette's order and with Datasette's names, behind
 * one shared read pool. `_memory` comes first when served (Datasette adds it before the files).
 */
import { rmSync, statSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { Config } from "../config/config.js";
import { loadPluginModules, type ConnectionSetup } from "./connection-setup.js";
import { SqliteDatabase } from "./database.js";
import { walHint } from "./file-access.js";
import { makeMemoryDir } from "./memory-files.js";
import { ReadPool } from "./read-pool.js";
import { QueryRunner } from "./query-runner.js";
import type { Database } from "./types.js";
import type { WorkerDatabase } from "./wire.js";
import { Writer } from "./writer.js";

export interface DatabaseRegistry {
  /** In serving order. */
  databases: Map<string, Database>;
  /** Resolves once every read process has started; awaiting it is optional (requests queue meanwhile). */
  ready(): Promise<void>;
  /** Stops the read processes, closes the writers and deletes in-memory databases' files. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Plugin modules (paths or package names) whose prepareConnection runs on every connection. */
  pluginModules?: string[];
}

/** How much the `sql` lane's processes yield the CPU to pages' own queries (nice 10, of 19). */
const SQL_LANE_NICENESS = 10;

/** SQLite's default SQLITE_LIMIT_ATTACHED: crossdb attaches only the first this many files, like Datasette. */
const MAX_ATTACHED = 10;

export async function openDatabases(config: Config, options: OpenOptions = {}): Promise<DatabaseRegistry> {
  const pluginModules = options.pluginModules ?? [];
  const setup: ConnectionSetup = {
    plugins: await loadPluginModules(pluginModules),
    cacheSizeKb: config.settings.cache_size_kb,
  };
  const names = new Set<string>();
  const uniqueName = (suggestion: string) => {
    let name = suggestion;
    for (let i = 2; names.has(name); i++) name = `${suggestion}_${i}`;
    names.add(name);
    return name;
  };

  const writers: Writer[] = [];
  let tempDir: string | null = null;
  const removeTempDir = () => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  process.on("exit", removeTempDir);

  const entries: {
    worker: WorkerDatabase;
    isMemory: boolean;
    immutable: boolean;
    writer: Writer | null;
    path: string | null;
  }[] = [];
  try {
    if (config.crossdb || config.memory || config.databases.length === 0) {
      const worker: WorkerDatabase = { name: uniqueName("_memory"), kind: "empty", path: null, attach: [] };
      entries.push({ worker, isMemory: true, immutable: true, writer: null, path: null });
    }
    for (const spec of config.databases) {
      if (spec.path === null) {
        // An in-memory database must be shared by the writer and every read process, which SQLite's
        // ":memory:" cannot do across processes: back it with a temporary file, deleted on close. The file
        // is ours, so WAL: the read processes keep reading while the writer writes.
        const name = uniqueName(spec.name || "memory");
        tempDir ??= makeMemoryDir();
        const file = path.join(tempDir, `${entries.length}.db`);
        const writer = new Writer(name, file, setup, { create: true, wal: true });
        writers.push(writer);
        entries.push({
          worker: { name, kind: "file", path: file, attach: [] },
          isMemory: true,
          immutable: spec.immutable,
          writer,
          path: null,
        });
        continue;
      }
      const file = path.resolve(spec.path);
      checkIsFile(file);
      const name = uniqueName(spec.name || path.basename(file, path.extname(file)));
      let writer: Writer | null = null;
      if (spec.immutable) checkIsDatabase(file);
      else writers.push((writer = new Writer(name, file, setup)));
      entries.push({
        worker: { name, kind: "file", path: file, attach: [] },
        isMemory: false,
        immutable: spec.immutable,
        writer,
        path: file,
      });
    }
  } catch (error) {
    await Promise.all(writers.map((w) => w.close()));
    removeTempDir();
    process.off("exit", removeTempDir);
    throw error;
  }

  const memory = entries.find((e) => e.worker.kind === "empty");
  if (memory && config.crossdb) {
    memory.worker.attach = entries
      .filter((e) => !e.isMemory)
      .slice(0, MAX_ATTACHED)
      .map((e) => ({ name: e.worker.name, path: e.worker.path! }));
  }

  // Two lanes of num_sql_threads processes each: arbitrary SQL from requests (`?sql=`, canned queries)
  // in one, killed at its limit and at a lower CPU priority; the bounded queries pages run for
  // themselves in the other, so no amount of slow SQL queues a table or row page behind it.
  const poolOptions = {
    size: config.settings.num_sql_threads,
    databases: entries.map((e) => e.worker),
    pluginModules,
    cacheSizeKb: config.settings.cache_size_kb,
    // An export's server (deterministic) queues many pages at once: only running time counts there.
    clockFrom: config.deterministic ? ("dispatch" as const) : ("arrival" as const),
    lazy: Boolean(config.inThreadReads),
    // The same export starts its few processes itself: a launcher would cost it a Node start.
    direct: Boolean(config.inThreadReads),
  };
  const lanes = {
    pages: new ReadPool(poolOptions),
    sql: new ReadPool({ ...poolOptions, graceMs: () => 0, niceness: SQL_LANE_NICENESS }),
  };
  const local = config.inThreadReads
    ? new QueryRunner(
        entries.map((e) => e.worker),
        setup,
        true,
      )
    : null;
  if (local) for (const writer of writers) writer.beforeLocking(() => local.endSharedReads());
  const databases = new Map<string, Database>();
  for (const e of entries) {
    const writable = e.immutable ? null : e.writer;
    databases.set(
      e.worker.name,
      new SqliteDatabase({
        name: e.worker.name,
        path: e.path,
        isMemory: e.isMemory,
        immutable: e.immutable,
        lanes,
        local,
        writer: writable,
        settings: config.settings,
        metadata: config.metadata.databases?.[e.worker.name],
      }),
    );
  }

  let closing: Promise<void> | null = null;
  return {
    databases,
    ready: async () => {
      await Promise.all([lanes.pages.ready(), lanes.sql.ready()]);
    },
    close: () =>
      (closing ??= (async () => {
        await Promise.all([lanes.pages.close(), lanes.sql.close()]);
        local?.close();
        await Promise.all(writers.map((w) => w.close()));
        removeTempDir();
        process.off("exit", removeTempDir);
      })()),
  };
}

function checkIsFile(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new Error(`Database file not found: ${file}`);
  }
  if (!isFile) throw new Error(`Not a database file: ${file}`);
}

/** Immutable files get no writer to find out early that a file is not SQLite: read its header now. */
function checkIsDatabase(file: string): void {
  try {
    const conn = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      conn.pragma("schema_version");
    } finally {
      conn.close();
    }
  } catch (error) {
    throw new Error(`Could not open database ${file}: ${(error as Error).message}${walHint(file)}`, {
      cause: error,
    });
  }
}
